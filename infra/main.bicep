// CoachBot on Azure: a resource group with everything the bot needs (resources.bicep). The entry file for `azd up`
// (azure.yaml) and for a plain deployment:
//   az deployment sub create --location <region> --template-file infra/main.bicep \
//     --parameters environmentName=<name> location=<region>
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd: AZURE_ENV_NAME); it names the resource group and tags every resource.')
param environmentName string

@minLength(1)
@description('Region of every resource except the Azure Bot, which is global.')
param location string

@description('Resource group to deploy into. Default: rg-<environmentName>.')
param resourceGroupName string = ''

@description('Empty (default): the bot\'s identity is a new user-assigned managed identity (MicrosoftAppType UserAssignedMSI). Set: the application (client) id of an existing single-tenant app registration in this tenant (SingleTenant); Bicep cannot create app registrations.')
param botAppId string = ''

@secure()
@description('The client secret of the app registration in botAppId. Stored in Key Vault; the app reads it through a Key Vault reference.')
param botAppPassword string = ''

@minLength(1)
@maxLength(64)
@description('The bot\'s display name in Azure Bot Service.')
param botDisplayName string = 'CoachBot'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier. Teams and Slack are standard channels: F0 is enough for them.')
param botSku string = 'F0'

@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
@description('App Service plan (Linux). B1 is the smallest with Always On, which the check-in scheduler needs.')
param appServiceSku string = 'B1'

@description('Coaching:SupportContact: who the coach names when a user needs a person (HR, an employee assistance line). Empty: the coach names none.')
param supportContact string = ''

@allowed(['None', 'OpenAI', 'AzureOpenAI'])
@description('Llm:Provider. None: the coach uses its own rules only.')
param llmProvider string = 'None'

@description('Llm:Endpoint (an OpenAI-compatible server or the Azure OpenAI resource endpoint).')
param llmEndpoint string = ''

@description('Llm:Model (model id, or the Azure OpenAI deployment name).')
param llmModel string = ''

@secure()
@description('Llm:ApiKey. Stored in Key Vault. Empty with AzureOpenAI: the managed identity is used.')
param llmApiKey string = ''

@description('Slack app client id. Empty (default): no Slack channel is created (docs/slack.md sets it up in the portal instead).')
param slackClientId string = ''

@secure()
@description('Slack app client secret (with slackClientId). Held by Azure Bot Service, never by the app.')
param slackClientSecret string = ''

@secure()
@description('Slack app signing secret (with slackClientId). Held by Azure Bot Service, never by the app.')
param slackSigningSecret string = ''

var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: empty(resourceGroupName) ? 'rg-${environmentName}' : resourceGroupName
  location: location
  tags: tags
}

module bot 'resources.bicep' = {
  scope: group
  params: {
    location: location
    tags: tags
    resourceToken: toLower(uniqueString(subscription().id, environmentName, location))
    tenantId: tenant().tenantId
    botAppId: botAppId
    botAppPassword: botAppPassword
    botDisplayName: botDisplayName
    botSku: botSku
    appServiceSku: appServiceSku
    supportContact: supportContact
    llmProvider: llmProvider
    llmEndpoint: llmEndpoint
    llmModel: llmModel
    llmApiKey: llmApiKey
    slackClientId: slackClientId
    slackClientSecret: slackClientSecret
    slackSigningSecret: slackSigningSecret
  }
}

// azd keeps these in the environment (.azure/<env>/.env); the postprovision hook builds the Teams app package from them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output BOT_ID string = bot.outputs.botId
output BOT_APP_TYPE string = bot.outputs.botAppType
output BOT_DOMAIN string = bot.outputs.botDomain
output BOT_ENDPOINT string = bot.outputs.botEndpoint
output BOT_SERVICE_NAME string = bot.outputs.botServiceName
output WEB_APP_NAME string = bot.outputs.webAppName
output KEY_VAULT_NAME string = bot.outputs.keyVaultName
output STORAGE_TABLE_ENDPOINT string = bot.outputs.tableEndpoint

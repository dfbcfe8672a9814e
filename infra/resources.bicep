// Everything CoachBot runs on, in one resource group: its identity, storage, secrets, telemetry, web app and Azure Bot.
// Deployed by main.bicep; the app's settings are the ones appsettings.sample.json documents, in the Section__Key form.

@description('Region of every resource except the Azure Bot, which is global.')
param location string

@description('Tags for every resource.')
param tags { *: string }

@minLength(5)
@description('Makes the globally unique names (storage, Key Vault, web app, bot) unique.')
param resourceToken string

@description('The Entra tenant of the bot\'s identity (this subscription\'s tenant).')
param tenantId string

@description('Empty: UserAssignedMSI with the identity created here. Set: the client id of an existing single-tenant app registration.')
param botAppId string

@secure()
@description('The client secret of the app registration in botAppId.')
param botAppPassword string

@description('The bot\'s display name in Azure Bot Service.')
param botDisplayName string

@description('Azure Bot pricing tier.')
param botSku string

@description('App Service plan SKU (Linux).')
param appServiceSku string

@description('Coaching:SupportContact.')
param supportContact string

@description('Llm:Provider.')
param llmProvider string

@description('Llm:Endpoint.')
param llmEndpoint string

@description('Llm:Model.')
param llmModel string

@secure()
@description('Llm:ApiKey.')
param llmApiKey string

@description('Slack app client id; empty: no Slack channel.')
param slackClientId string

@secure()
@description('Slack app client secret.')
param slackClientSecret string

@secure()
@description('Slack app signing secret.')
param slackSigningSecret string

var useManagedIdentity = empty(botAppId)
var tablePrefix = 'coachbot'
var roles = {
  // Built-in role definitions (ids are the same in every tenant).
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}

// The app's identity towards Azure (Table Storage, Key Vault) and, with UserAssignedMSI, towards Bot Framework too.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-coachbot-${resourceToken}'
  location: location
  tags: tags
}

resource logs 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: 'log-coachbot-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-coachbot-${resourceToken}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// Table Storage with Entra ID only: no account keys, so no connection string exists to leak.
resource storage 'Microsoft.Storage/storageAccounts@2026-09-01' = {
  name: 'stcoachbot${resourceToken}'
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-09-01' = {
  parent: storage
  name: 'default'
}

// The bot creates its tables when they are missing; creating them here means its identity needs data access only.
resource usersTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-09-01' = {
  parent: tableService
  name: '${tablePrefix}users'
}

resource dueTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-09-01' = {
  parent: tableService
  name: '${tablePrefix}due'
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
  }
}

// Secrets live here only; the web app's settings point at them (Key Vault references), read with the identity.
resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: 'kv-cb-${resourceToken}'
  location: location
  tags: tags
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource secretAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!useManagedIdentity) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: botAppPassword }
}

resource llmKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = if (!empty(llmApiKey)) {
  parent: vault
  name: 'LlmApiKey'
  properties: { value: llmApiKey }
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-coachbot-${resourceToken}'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

var botSettings = useManagedIdentity
  ? [
      { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
      { name: 'MicrosoftAppId', value: identity.properties.clientId }
      { name: 'MicrosoftAppTenantId', value: tenantId }
    ]
  : [
      { name: 'MicrosoftAppType', value: 'SingleTenant' }
      { name: 'MicrosoftAppId', value: botAppId }
      { name: 'MicrosoftAppTenantId', value: tenantId }
      { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${appPasswordSecret!.properties.secretUri})' }
    ]
var llmSettings = llmProvider == 'None'
  ? []
  : concat(
      [
        { name: 'Llm__Provider', value: llmProvider }
        { name: 'Llm__Endpoint', value: llmEndpoint }
        { name: 'Llm__Model', value: llmModel }
      ],
      empty(llmApiKey) ? [] : [{ name: 'Llm__ApiKey', value: '@Microsoft.KeyVault(SecretUri=${llmKeySecret!.properties.secretUri})' }]
    )
var coachingSettings = empty(supportContact) ? [] : [{ name: 'Coaching__SupportContact', value: supportContact }]

resource web 'Microsoft.Web/sites@2025-03-01' = {
  name: 'app-coachbot-${resourceToken}'
  location: location
  tags: union(tags, { 'azd-service-name': 'bot' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet CoachBot.dll'
      alwaysOn: true // the check-in scheduler runs in the app: it must not be unloaded when idle
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, llmSettings, coachingSettings, [
        // DefaultAzureCredential picks this user-assigned identity for Table Storage (and Azure OpenAI).
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'Storage__Provider', value: 'AzureTables' }
        { name: 'Storage__AzureTables__Endpoint', value: storage.properties.primaryEndpoints.table }
        { name: 'Storage__AzureTables__TablePrefix', value: tablePrefix }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ])
    }
  }
  dependsOn: [tableAccess, secretAccess, usersTable, dueTable]
}

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-coachbot-${resourceToken}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppType: useManagedIdentity ? 'UserAssignedMSI' : 'SingleTenant'
    msaAppId: useManagedIdentity ? identity.properties.clientId : botAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: useManagedIdentity ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

resource slack 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(slackClientId)) {
  parent: botService
  name: 'SlackChannel'
  location: 'global'
  properties: {
    channelName: 'SlackChannel'
    properties: {
      isEnabled: true
      clientId: slackClientId
      clientSecret: slackClientSecret
      signingSecret: slackSigningSecret
      registerBeforeOAuthFlow: true
    }
  }
}

output botId string = useManagedIdentity ? identity.properties.clientId : botAppId
output botAppType string = botService.properties.msaAppType
output botDomain string = web.properties.defaultHostName
output botEndpoint string = botService.properties.endpoint
output botServiceName string = botService.name
output webAppName string = web.name
output keyVaultName string = vault.name
output tableEndpoint string = storage.properties.primaryEndpoints.table

using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

/// <summary>Checks the Llm section at start, so a wrong setting stops the app with its key named, not the first turn.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public const int MaxTimeoutSeconds = 14;

    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var errors = new List<string>();
        if (!Enum.TryParse<LlmProvider>(options.Provider, ignoreCase: true, out var provider) || !Enum.IsDefined(provider)
            || int.TryParse(options.Provider, out _))
        {
            errors.Add($"Llm:Provider '{options.Provider}' is not known. Use None, OpenAI or AzureOpenAI.");
            return ValidateOptionsResult.Fail(errors);
        }
        if (provider == LlmProvider.None)
            return ValidateOptionsResult.Success;

        if (string.IsNullOrWhiteSpace(options.Model))
            errors.Add(provider == LlmProvider.AzureOpenAI
                ? "Llm:Model is required for AzureOpenAI: the deployment name."
                : "Llm:Model is required for OpenAI: the model id (e.g. gpt-4o-mini, or llama3.2 on Ollama).");

        var hasEndpoint = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (hasEndpoint && !(Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            errors.Add($"Llm:Endpoint '{options.Endpoint}' is not an absolute http(s) address.");
        if (provider == LlmProvider.AzureOpenAI && !hasEndpoint)
            errors.Add("Llm:Endpoint is required for AzureOpenAI: the resource endpoint, e.g. https://NAME.openai.azure.com/.");
        if (provider == LlmProvider.OpenAI && !hasEndpoint && string.IsNullOrWhiteSpace(options.ApiKey))
            errors.Add("Llm:ApiKey is required for OpenAI without an Llm:Endpoint (api.openai.com needs a key).");

        if (options.TimeoutSeconds is < 1 or > MaxTimeoutSeconds)
            errors.Add($"Llm:TimeoutSeconds must be between 1 and {MaxTimeoutSeconds}, to stay inside the channel's 15-second turn.");
        if (options.MaxTokens is < 16 or > 8192)
            errors.Add("Llm:MaxTokens must be between 16 and 8192.");
        if (!string.IsNullOrWhiteSpace(options.PromptsPath) && !Directory.Exists(options.ResolvedPromptsPath))
            errors.Add($"Llm:PromptsPath '{options.PromptsPath}' does not exist.");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

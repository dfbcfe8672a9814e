using Azure.Identity;
using Microsoft.SemanticKernel;

namespace CoachBot.Llm;

/// <summary>Builds the one Semantic Kernel the suggester uses: the configured chat service and the prompt functions.</summary>
public static class SuggesterKernel
{
    /// <summary>The plugin name under which prompts/ is loaded; each sub-folder is one function.</summary>
    public const string PluginName = "Coaching";

    /// <summary>
    /// The HttpClient is ours on purpose: when SK is given one it turns off the OpenAI SDK's own retries and network
    /// timeout, so the only limits are the per-call budget in <see cref="SemanticKernelSuggester"/> and this client's backstop.
    /// </summary>
    /// <remarks>
    /// The kernel gets no logger on purpose: Semantic Kernel logs failed calls with the exception's message, which can
    /// quote the server's answer. <see cref="SemanticKernelSuggester"/> logs every outcome itself, without user text.
    /// </remarks>
    public static (Kernel Kernel, KernelPlugin Prompts) Create(LlmOptions options, HttpClient httpClient)
    {
        var builder = Kernel.CreateBuilder();
        var model = options.Model!;
        switch (options.ParsedProvider)
        {
            case LlmProvider.OpenAI when string.IsNullOrWhiteSpace(options.Endpoint):
                builder.AddOpenAIChatCompletion(model, options.ApiKey!, httpClient: httpClient);
                break;
            case LlmProvider.OpenAI:
                // Local OpenAI-compatible servers usually ignore the key; the SDK still wants a non-empty one.
                builder.AddOpenAIChatCompletion(model, new Uri(options.Endpoint!),
                    string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey, httpClient: httpClient);
                break;
            case LlmProvider.AzureOpenAI when string.IsNullOrWhiteSpace(options.ApiKey):
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!, new DefaultAzureCredential(), httpClient: httpClient);
                break;
            case LlmProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(model, options.Endpoint!, options.ApiKey!, httpClient: httpClient);
                break;
            default:
                throw new InvalidOperationException($"Llm:Provider '{options.Provider}' has no chat service.");
        }

        var kernel = builder.Build();
        var prompts = kernel.CreatePluginFromPromptDirectory(options.ResolvedPromptsPath, PluginName);
        return (kernel, prompts);
    }
}

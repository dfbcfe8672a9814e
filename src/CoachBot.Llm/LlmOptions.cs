namespace CoachBot.Llm;

public enum LlmProvider { None, OpenAI, AzureOpenAI }

/// <summary>The <c>Llm</c> configuration section. Every key has a default; with none set there is no LLM at all.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    /// <summary>None (default), OpenAI or AzureOpenAI. OpenAI with an Endpoint covers Ollama, vLLM, LM Studio and the like.</summary>
    public string Provider { get; set; } = nameof(LlmProvider.None);

    /// <summary>
    /// OpenAI: empty for api.openai.com, or the base address of any OpenAI-compatible server (e.g. http://localhost:11434/v1).
    /// AzureOpenAI: the resource endpoint (https://NAME.openai.azure.com/). Required there.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id (OpenAI and compatible servers) or the deployment name (Azure OpenAI).</summary>
    public string? Model { get; set; }

    /// <summary>OpenAI: required for api.openai.com, optional for local servers. AzureOpenAI: empty = managed identity (DefaultAzureCredential).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The hard limit of one call; kept well under the channel's 15-second turn limit.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Ceiling on the answer's length in tokens; a prompt's own max_tokens applies when it is lower.</summary>
    public int MaxTokens { get; set; } = 600;

    /// <summary>Where the prompt folders live. Empty = the prompts folder beside the app's binaries.</summary>
    public string? PromptsPath { get; set; }

    /// <summary>The provider, parsed; only meaningful after validation.</summary>
    public LlmProvider ParsedProvider =>
        Enum.TryParse<LlmProvider>(Provider, ignoreCase: true, out var p) && Enum.IsDefined(p) ? p : LlmProvider.None;

    public string ResolvedPromptsPath =>
        string.IsNullOrWhiteSpace(PromptsPath) ? Path.Combine(AppContext.BaseDirectory, "prompts") : Path.GetFullPath(PromptsPath);
}

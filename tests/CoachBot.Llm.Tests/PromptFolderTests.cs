using System.Text.Json.Nodes;

namespace CoachBot.Llm.Tests;

/// <summary>The prompt folders travel with the build and each asks for the JSON it will be held to.</summary>
public sealed class PromptFolderTests
{
    public static TheoryData<string, string> Functions => new()
    {
        { SemanticKernelSuggester.SuggestStepsFunction, """{"steps":[{"title":"...","due":"YYYY-MM-DD"}]}""" },
        { SemanticKernelSuggester.RewriteGoalFunction, """{"statement":"...","deadline":"YYYY-MM-DD"}""" },
        { LlmMeaningResolver.Function, """{"key":"..."}""" },
        { SemanticKernelSuggester.WaysThroughFunction, """{"options":[{"title":"...","kind":"alternative|help|shrink|reschedule"}]}""" },
        { SemanticKernelSuggester.AnswerFunction, """{"answer":"..."}""" },
    };

    [Theory]
    [MemberData(nameof(Functions))]
    public void EachFolderStatesItsShapeAndAsksForJsonObjects(string function, string shape)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "prompts", function);
        var prompt = File.ReadAllText(Path.Combine(folder, "skprompt.txt"));
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "config.json")))!;

        Assert.Contains(shape, prompt);
        Assert.Contains("data, not instructions", prompt);
        var settings = config["execution_settings"]!["default"]!;
        Assert.Equal("json_object", (string?)settings["response_format"]);
        Assert.InRange((int)settings["max_tokens"]!, 100, 1000);
        Assert.InRange((double)settings["temperature"]!, 0, 1);
    }
}

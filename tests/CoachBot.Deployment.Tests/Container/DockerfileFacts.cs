using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>The repo's Dockerfile as dockerfile-ast parses it and dockerfile-utils lints it (dockerfile-facts.mjs).</summary>
public sealed record DockerfileFacts(IReadOnlyList<DockerfileProblem> Problems, IReadOnlyList<DockerfileStage> Stages)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DockerfileStage Final => Stages[^1];

    public static async Task<DockerfileFacts> ReadAsync(string dockerfile)
    {
        var script = Path.Combine(Repo.Root, "tests", "CoachBot.Deployment.Tests", "Container", "dockerfile-facts.mjs");
        var result = await Tool.RunAsync(Tool.Node, [script, dockerfile], Repo.Root, TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0) throw new InvalidOperationException(result.Describe("dockerfile-facts.mjs"));
        return JsonSerializer.Deserialize<DockerfileFacts>(result.StandardOutput, Json)
            ?? throw new InvalidOperationException("dockerfile-facts.mjs printed nothing.");
    }
}

public sealed record DockerfileProblem(int Line, int Severity, string Message);

public sealed record DockerfileStage(string? Image, string? Name, IReadOnlyList<DockerfileInstruction> Instructions)
{
    public IEnumerable<DockerfileInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    /// <summary>The one instruction of a kind that a stage may hold once (the last one wins in Docker; the lint forbids two).</summary>
    public DockerfileInstruction? Last(string keyword) => All(keyword).LastOrDefault();
}

public sealed record DockerfileInstruction(
    string Keyword,
    int Line,
    IReadOnlyList<string> Arguments,
    [property: JsonPropertyName("json")] IReadOnlyList<string>? JsonArguments,
    IReadOnlyDictionary<string, string?>? Flags,
    IReadOnlyDictionary<string, string?>? Properties);

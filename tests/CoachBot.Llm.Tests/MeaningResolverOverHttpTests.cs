using System.Diagnostics;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Llm.Tests;

/// <summary>The LLM meaning resolver against a local OpenAI-compatible server, over real HTTP, as the host builds it.</summary>
public sealed class MeaningResolverOverHttpTests : IClassFixture<FakeOpenAiServer>, IDisposable
{
    private static readonly Choice[] Progress =
    [
        new("done", "Done"), new("onTrack", "On track"), new("behind", "Behind"), new("blocked", "Blocked"),
    ];

    private readonly FakeOpenAiServer _server;
    private readonly SuggesterHarness _harness;

    public MeaningResolverOverHttpTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
        _harness = SuggesterHarness.OpenAi(server, timeoutSeconds: 1);
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task AnOfferedKeyIsTakenAndTheRequestDelimitsTheMessageAndTheOptions()
    {
        _server.Answer(FakeAnswer.Completion("""{"key":"behind"}"""));

        Assert.True(_harness.Resolver.IsConfigured);
        Assert.Equal("behind", await _harness.Resolver.ResolveAsync("work exploded, way slower than I hoped", Progress, CancellationToken.None));
        var request = Assert.Single(_server.Requests);
        var user = request.MessageText("user");
        Assert.Contains("<message>work exploded, way slower than I hoped</message>", user);
        Assert.Contains("behind: Behind", user);
        Assert.Contains("json_object", request.Body.ToJsonString());
    }

    [Theory]
    [InlineData("""{"key":"cancel"}""")]
    [InlineData("""{"key":null}""")]
    [InlineData("""{"choice":"behind"}""")]
    [InlineData("behind")]
    [InlineData("""["behind"]""")]
    public async Task AnythingButAnOfferedKeyGivesNothing(string answer)
    {
        _server.Answer(FakeAnswer.Completion(answer));

        Assert.Null(await _harness.Resolver.ResolveAsync("meh", Progress, CancellationToken.None));
    }

    [Fact]
    public async Task AnHttpErrorGivesNothing()
    {
        _server.Answer(FakeAnswer.Error(500));

        Assert.Null(await _harness.Resolver.ResolveAsync("meh", Progress, CancellationToken.None));
    }

    [Fact]
    public async Task ASlowAnswerGivesNothingWithinTheBudget()
    {
        _server.Answer(FakeAnswer.Completion("""{"key":"behind"}""").After(TimeSpan.FromSeconds(4)));

        var watch = Stopwatch.StartNew();
        Assert.Null(await _harness.Resolver.ResolveAsync("meh", Progress, CancellationToken.None));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3.5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void WithoutAnLlmTheResolverIsNotConfiguredAndNothingIsCalled()
    {
        using var none = new SuggesterHarness(new Dictionary<string, string?> { ["Llm:Provider"] = "None" });

        Assert.False(none.Resolver.IsConfigured);
        Assert.Null(none.Resolver.ResolveAsync("behind", Progress, CancellationToken.None).AsTask().Result);
        Assert.Equal(0, _server.RequestCount);
    }
}

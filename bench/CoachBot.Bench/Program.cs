using System.Diagnostics;
using CoachBot.Bench;
using CoachBot.BotFramework.Understanding;
using CoachBot.TestSupport;
using CoachBot.Understanding.Embeddings;

// Load benchmark for CoachBot: see README "Performance". Example:
//   dotnet run -c Release --project bench/CoachBot.Bench -- --scenario conversation --backend memory --users 32 --seconds 20
//   dotnet run -c Release --project bench/CoachBot.Bench -- --scenario dispatch --backend sqlite --dispatch-users 100000 --tenants 100
var options = BenchOptions.Parse(args);
Console.WriteLine($"CoachBot benchmark: scenario={options.Scenario} backend={options.Backend} users={options.Users} " +
                  $"duration={options.Duration.TotalSeconds}s cores={Environment.ProcessorCount} runtime={Environment.Version}");

await using var connector = await LoopbackConnector.StartAsync();
// Nothing is kept but each conversation's replies until the load generator has checked them.
connector.KeepReceived = false;
connector.KeepInboxes = true;
using var scratch = new TempFolder("coachbot-bench-");
var settings = BackendSettings.For(options, scratch.Path);
await using var azurite = options.Backend == "azurite" && string.IsNullOrEmpty(options.AzuriteConnectionString)
    ? await AzuriteProcess.StartAsync()
    : null;
if (azurite is not null) settings["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString;

if (options.Scenario == "dispatch") CoachBot.Bench.Dispatch.DispatchScenario.AddSettings(settings);
await using var bot = await BotUnderTest.StartAsync(settings);
// The host answers by its rules until the model is loaded; the measured turns are the ones with the matcher ready.
if (bot.Services.GetRequiredService<ISemanticMatcher>() is EmbeddingSemanticMatcher matcher)
{
    var waited = Stopwatch.StartNew();
    var ready = await matcher.WhenReadyAsync(CancellationToken.None);
    Console.WriteLine($"semantic matcher   {(ready ? "ready" : "NOT loaded")} {waited.ElapsedMilliseconds} ms after the host started");
}

if (options.Scenario is "conversation" or "paraphrase")
{
    var load = new ConversationLoad(options, bot.MessagesUrl, connector);
    if (options.Warmup > TimeSpan.Zero) await load.RunAsync(options.Warmup, long.MaxValue, long.MaxValue, CancellationToken.None);
    var repliesBefore = connector.Replies;
    bot.Store.Reset();
    bot.Due.Reset();
    var result = await load.RunAsync(options.Duration, options.MaxTurns, options.MaxConversations, CancellationToken.None);
    Report.Conversation(options, result, connector.Replies - repliesBefore,
        new Report.Storage(bot.Store.Reads, bot.Store.Writes, bot.Due.DueWrites, bot.Due.MeanRecordChars));
}
else if (options.Scenario == "dispatch")
{
    await new CoachBot.Bench.Dispatch.DispatchScenario(options, bot, connector).RunAsync(CancellationToken.None);
}
else
{
    Console.Error.WriteLine($"Unknown scenario '{options.Scenario}'. Use conversation, paraphrase or dispatch.");
    return 2;
}
return 0;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Scheduling;
using CoachBot.TestSupport;
using Activity = CoachBot.BotFramework.Schema.Activity;

namespace CoachBot.Bench.Dispatch;

/// <summary>
/// The check-in scheduler sending to N users due in the same minute, spread over T tenants, to the loopback connector.
/// One template user is set up through real turns (a goal, a plan, "schedule every Monday at 9:00"), then its next
/// check-in is seeded two seconds ahead in its stored record; the record is cloned for every other user with fresh
/// ids and a tenant of its own, and a due-index row written for each. Then the scheduler's polls run back to back
/// until every user got a check-in or nothing is left to send.
/// </summary>
public sealed class DispatchScenario(BenchOptions options, BotUnderTest bot, LoopbackConnector connector)
{
    /// <summary>The settings the scenario adds to the backend's: the polls are driven here, paced at the channel's limit.</summary>
    public static void AddSettings(IDictionary<string, string?> settings)
    {
        settings["CheckIns:Enabled"] = "false";            // the hosted loop stays off; RunOnceAsync is called directly
        settings["CheckIns:BatchSize"] = "1000";
        settings["CheckIns:TenantMessagesPerSecond"] = "50";
    }

    private const string TemplateTenant = "template-tenant";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var store = bot.Store;
        var template = Guid.NewGuid().ToString("N");
        var zone = DaytimeZone();
        await SetUpTemplateAsync(template, zone, cancellationToken);
        var templateKey = UserKeys.Compose(Channels.Msteams, TemplateTenant, "29:" + template);
        var scheduled = (await store.QueryDueAsync(DateTimeOffset.UtcNow.AddDays(30), 10, cancellationToken))
            .FirstOrDefault(d => d.UserKey == templateKey)
            ?? throw new InvalidOperationException("The template user's schedule wrote no due-index row.");
        await store.DeleteDueAsync(scheduled, cancellationToken); // the template itself is not one of the N
        var due = new DueEntry(DateTimeOffset.UtcNow.AddSeconds(2), templateKey);
        var json = await SeedNextCheckInAsync(templateKey, due.DueUtc, cancellationToken);

        // Clone the template: every id that names the template user becomes a new user's, the tenant one of T.
        var seedWatch = Stopwatch.StartNew();
        var users = options.DispatchUsers;
        var conversations = new string[users];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount * 2)).Select(_ => Task.Run(async () =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < users;)
            {
                var id = Guid.NewGuid().ToString("N");
                var tenant = "tenant-" + (i % options.Tenants).ToString("D4");
                var clone = json.Replace(template, id, StringComparison.Ordinal).Replace(TemplateTenant, tenant, StringComparison.Ordinal);
                var key = UserKeys.Compose(Channels.Msteams, tenant, "29:" + id);
                conversations[i] = "a:" + id;
                await store.WriteAsync(key, clone, null, [], cancellationToken);
                await store.UpsertDueAsync(new DueEntry(due.DueUtc, key), cancellationToken);
            }
        }, cancellationToken)));
        Console.WriteLine($"seeded             {users} users over {options.Tenants} tenants in {seedWatch.Elapsed.TotalSeconds:F1} s, " +
                          $"due {due.DueUtc:O} (zone {zone})");

        var wait = due.DueUtc - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero) await Task.Delay(wait + TimeSpan.FromMilliseconds(100), cancellationToken);

        var received = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        connector.KeepInboxes = false;
        connector.OnActivity = (conversationId, _) => received.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
        store.Reset();
        bot.Due.Reset();
        var repliesBefore = connector.Replies;
        var scheduler = bot.Services.GetRequiredService<CheckInScheduler>();
        using var memory = new PeakMemory();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var polls = 0;
        var idlePolls = 0;
        while (watch.Elapsed < options.Duration && received.Count < users && idlePolls < 3)
        {
            var sent = await scheduler.RunOnceAsync(cancellationToken);
            polls++;
            idlePolls = sent == 0 ? idlePolls + 1 : 0;
        }
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        await Task.Delay(500, cancellationToken); // let the connector finish counting the last sends

        var sentTotal = connector.Replies - repliesBefore;
        var expected = new HashSet<string>(conversations, StringComparer.Ordinal);
        var duplicates = received.Where(p => expected.Contains(p.Key)).Sum(p => Math.Max(0, p.Value - 1));
        var missing = conversations.Count(c => !received.ContainsKey(c));
        var strangers = received.Keys.Count(k => !expected.Contains(k));
        var checkIns = Math.Max(1, received.Count);
        Console.WriteLine($"backend            {options.Backend}");
        Console.WriteLine($"users due          {users} over {options.Tenants} tenants (pace {50} per second per tenant)");
        Console.WriteLine($"polls              {polls}");
        Console.WriteLine($"elapsed            {watch.Elapsed.TotalSeconds:F1} s{(watch.Elapsed >= options.Duration ? " (time limit reached)" : "")}");
        Console.WriteLine($"check-ins/s        {received.Count / watch.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"sent               {sentTotal}");
        Console.WriteLine($"users reached      {received.Count}");
        Console.WriteLine($"duplicates         {duplicates}");
        Console.WriteLine($"missing            {missing}");
        Console.WriteLine($"unexpected         {strangers}");
        Console.WriteLine($"cpu/check-in       {cpu.TotalMilliseconds / checkIns:F2} ms (whole process)");
        Console.WriteLine($"reads/check-in     {(double)store.Reads / checkIns:F2}");
        Console.WriteLine($"writes/check-in    {(double)store.Writes / checkIns:F2} (claim, then result)");
        Console.WriteLine($"due-index writes   {(double)bot.Due.DueWrites / checkIns:F2}/check-in");
        Console.WriteLine($"peak memory        {memory.PeakMegabytes} MB working set (sampled every 100 ms; process peak " +
                          $"{Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB, seeding included)");
    }

    /// <summary>
    /// Moves the template user's next check-in to <paramref name="due"/> in its stored record (the schedule stays
    /// "every Monday at 9:00"), as the scheduler will find it; returns the record as stored.
    /// </summary>
    private async Task<string> SeedNextCheckInAsync(string userKey, DateTimeOffset due, CancellationToken cancellationToken)
    {
        var records = bot.Services.GetRequiredService<UserRecordSerializer>();
        var stored = await bot.Store.ReadAsync(userKey, cancellationToken)
            ?? throw new InvalidOperationException("The template user has no record after its conversation.");
        var record = records.Deserialize(stored.Json);
        var checkIns = record.Properties[CheckInState.PropertyName].Deserialize(CheckInJsonContext.Default.CheckInState)!;
        checkIns.NextUtc = due;
        checkIns.IndexedDueUtc = due;
        record.Properties[CheckInState.PropertyName] = JsonSerializer.SerializeToElement(checkIns, CheckInJsonContext.Default.CheckInState);
        var json = records.Serialize(record);
        await bot.Store.WriteAsync(userKey, json, stored.ETag, [], cancellationToken);
        return json;
    }

    /// <summary>A fixed-offset zone where it is about noon now, so the default quiet hours (21:00-08:00) never hold the run.</summary>
    private static string DaytimeZone()
    {
        var offset = 12 - DateTime.UtcNow.Hour;
        if (offset > 12) offset -= 24;
        if (offset < -12) offset += 24;
        // IANA's Etc/GMT zones have the sign reversed: Etc/GMT-2 is UTC+2.
        return offset == 0 ? "Etc/UTC" : $"Etc/GMT{(offset > 0 ? "-" : "+")}{Math.Abs(offset)}";
    }

    private async Task SetUpTemplateAsync(string user, string zone, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var sequence = 0;
        foreach (var text in new[]
                 {
                     "hi",
                     "set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning",
                     "yes", "looks good", "schedule every Monday at 9:00",
                 })
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = $"{user}-{++sequence}",
                ChannelId = Channels.Msteams,
                ServiceUrl = connector.ServiceUrl.ToString(),
                From = new ChannelAccount { Id = "29:" + user, Name = "Bench User", AadObjectId = user },
                Recipient = new ChannelAccount { Id = "28:coachbot", Name = "CoachBot" },
                Conversation = new ConversationAccount { Id = "a:" + user, ConversationType = "personal", TenantId = TemplateTenant },
                Locale = "en-US",
                LocalTimezone = zone,
                Text = text,
                TextFormat = "plain",
            };
            using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(bot.MessagesUrl, content, cancellationToken);
            response.EnsureSuccessStatusCode();
            var (_, replies) = connector.Take("a:" + user);
            if (options.Verbose) Console.WriteLine($"template> {text}\n{replies}");
        }
    }
}

/// <summary>Samples the working set every 100 ms and keeps the highest.</summary>
public sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory() => _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public long PeakMegabytes => Interlocked.Read(ref _peak) / (1024 * 1024);

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        var current = process.WorkingSet64;
        long seen;
        while (current > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, current, seen) != seen) { }
    }

    public void Dispose()
    {
        Sample();
        _timer.Dispose();
    }
}

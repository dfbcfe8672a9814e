using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.State;

/// <summary>
/// The one chain of <see cref="IRecordMigration"/> steps: 1 -> 2 -> ... -> <see cref="CurrentVersion"/>. Built once at
/// start from every registered step; a gap, a duplicate or a chain that does not start at version 1 fails start-up
/// with the versions named, so a record can never be read half migrated.
/// </summary>
public sealed class RecordMigrations
{
    /// <summary>The version of the first stored shape (and of records that carry no version).</summary>
    public const int FirstVersion = 1;

    private readonly IRecordMigration[] _steps;

    public RecordMigrations(IEnumerable<IRecordMigration> steps)
    {
        _steps = [.. steps.OrderBy(s => s.FromVersion)];
        if (FindProblems(_steps).ToList() is { Count: > 0 } problems)
            throw new InvalidOperationException("The record migration chain is broken: " + string.Join(" ", problems));
        CurrentVersion = FirstVersion + _steps.Length;
    }

    /// <summary>The version every record is written in: one past the last step.</summary>
    public int CurrentVersion { get; }

    /// <summary>The steps, in the order they run.</summary>
    public IReadOnlyList<IRecordMigration> Steps => _steps;

    /// <summary>Runs every step from <paramref name="version"/> on, then stamps the current version.</summary>
    internal void Upgrade(JsonObject record, int version)
    {
        for (var v = version; v < CurrentVersion; v++) _steps[v - FirstVersion].Migrate(record);
        record["schemaVersion"] = CurrentVersion;
    }

    private static IEnumerable<string> FindProblems(IReadOnlyList<IRecordMigration> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            var expected = FirstVersion + i;
            var step = ordered[i];
            if (step.FromVersion == expected) continue;
            yield return step.FromVersion < expected
                ? $"{step.GetType().Name} and {ordered[i - 1].GetType().Name} both migrate from version {step.FromVersion}."
                : $"No step migrates from version {expected} (the next, {step.GetType().Name}, starts at {step.FromVersion}).";
            yield break;
        }
    }
}

/// <summary>The stored record was written by a newer version of the bot: this instance must not read (and overwrite) it.</summary>
public sealed class RecordVersionException(int version, int current)
    : Exception($"The stored record has schema version {version}; this build reads up to {current}.")
{
    public int Version { get; } = version;
}

/// <summary>The steps of the protocol layer's own fields; the host registers them with every other layer's.</summary>
public static class CoreRecordMigrations
{
    public static IReadOnlyList<IRecordMigration> Steps { get; } = [new ProcessedActivitiesMigration(), new ConversationScopesMigration()];
}

using CoachBot.BotFramework.State;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;

namespace CoachBot.Storage;

public enum StorageProvider
{
    Sqlite,
    AzureTables,
    Memory,
}

/// <summary>
/// The <c>Storage</c> section. Every key has a default: with none set, the bot keeps its users in a local SQLite file.
/// The host validates it at start (<see cref="FindProblems"/>), so a wrong value stops start-up with its key named.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string DefaultSqlitePath = "data/coachbot.db";
    public const string DefaultTablePrefix = "coachbot";

    /// <summary><c>Storage:Provider</c>: Sqlite | AzureTables | Memory. Empty: AzureTables when a connection string or
    /// endpoint is set, Sqlite otherwise.</summary>
    public string? Provider { get; set; }

    public SqliteSettings Sqlite { get; set; } = new();

    public AzureTablesSettings AzureTables { get; set; } = new();

    /// <summary>What is wrong with these settings, each naming its key (never echoing a connection string); empty when a store can be built.</summary>
    public IEnumerable<string> FindProblems()
    {
        string? problem = null;
        try
        {
            CreateStore();
        }
        catch (StorageConfigurationException ex)
        {
            problem = ex.Message;
        }
        if (problem is not null) yield return problem;
    }

    /// <summary>Which backend these settings select; throws naming the key when a value is wrong.</summary>
    public StorageProvider ResolveProvider()
    {
        if (string.IsNullOrWhiteSpace(Provider))
            return IsSet(AzureTables.ConnectionString) || IsSet(AzureTables.Endpoint) ? StorageProvider.AzureTables : StorageProvider.Sqlite;
        return Provider.Trim().ToLowerInvariant() switch
        {
            "sqlite" => StorageProvider.Sqlite,
            "azuretables" => StorageProvider.AzureTables,
            "memory" => StorageProvider.Memory,
            _ => throw Invalid("Storage:Provider", $"'{Provider}' is not a provider. Use Sqlite, AzureTables or Memory."),
        };
    }

    /// <summary>Builds the store these settings describe; throws naming the key when one is wrong. No I/O: files and tables are created on first use.</summary>
    public IUserStore CreateStore() => ResolveProvider() switch
    {
        StorageProvider.Memory => new MemoryUserStore(),
        StorageProvider.AzureTables => CreateTableStore(),
        _ => CreateSqliteStore(),
    };

    /// <summary>The absolute path of the SQLite file, resolved against the current working folder.</summary>
    public string ResolveSqlitePath()
    {
        var path = IsSet(Sqlite.Path) ? Sqlite.Path!.Trim() : DefaultSqlitePath;
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Invalid("Storage:Sqlite:Path", $"'{path}' is not a usable file path: {ex.Message}", ex);
        }
    }

    private SqliteUserStore CreateSqliteStore()
    {
        var path = ResolveSqlitePath();
        if (Directory.Exists(path)) throw Invalid("Storage:Sqlite:Path", $"'{path}' is a folder; name the database file.");
        return new SqliteUserStore(path, ResolveSqliteBusyTimeout());
    }

    /// <summary>The SQLite writer's wait for another writer.</summary>
    public TimeSpan ResolveSqliteBusyTimeout()
    {
        var value = Sqlite.BusyTimeout;
        if (!IsSet(value)) return SqliteUserStore.DefaultBusyTimeout;
        if (!TimeSpan.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var timeout)
            || timeout <= TimeSpan.Zero || timeout > SqliteUserStore.MaxBusyTimeout)
            throw Invalid("Storage:Sqlite:BusyTimeout", $"'{value}' is not a time above zero and at most {SqliteUserStore.MaxBusyTimeout:c}.");
        return timeout;
    }

    /// <summary>The Table Storage client's bounds per call.</summary>
    public TableStoreTimeouts ResolveTableTimeouts()
    {
        var timeouts = TableStoreTimeouts.Default;
        if (IsSet(AzureTables.NetworkTimeout))
        {
            if (!TimeSpan.TryParse(AzureTables.NetworkTimeout, System.Globalization.CultureInfo.InvariantCulture, out var network))
                throw Invalid("Storage:AzureTables:NetworkTimeout", $"'{AzureTables.NetworkTimeout}' is not a time such as 00:00:03.");
            timeouts = timeouts with { NetworkTimeout = network };
        }
        if (IsSet(AzureTables.MaxRetries))
        {
            if (!int.TryParse(AzureTables.MaxRetries, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retries))
                throw Invalid("Storage:AzureTables:MaxRetries", $"'{AzureTables.MaxRetries}' is not a whole number.");
            timeouts = timeouts with { MaxRetries = retries };
        }
        if (timeouts.FindProblems().FirstOrDefault() is { } problem)
            throw new StorageConfigurationException(problem.Split(' ')[0], problem);
        return timeouts;
    }

    private TableUserStore CreateTableStore()
    {
        var prefix = IsSet(AzureTables.TablePrefix) ? AzureTables.TablePrefix!.Trim() : DefaultTablePrefix;
        try
        {
            TableUserStore.ValidatePrefix(prefix);
        }
        catch (ArgumentException ex)
        {
            throw Invalid("Storage:AzureTables:TablePrefix", ex.Message, ex);
        }

        var timeouts = ResolveTableTimeouts();
        if (IsSet(AzureTables.ConnectionString) && IsSet(AzureTables.Endpoint))
            throw Invalid("Storage:AzureTables:ConnectionString",
                "and Storage:AzureTables:Endpoint are both set; set one of them.");
        if (IsSet(AzureTables.ConnectionString))
        {
            try
            {
                return TableUserStore.FromConnectionString(AzureTables.ConnectionString!.Trim(), prefix, timeouts);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The message of a bad connection string could echo the account key: name the key, not the value.
                throw Invalid("Storage:AzureTables:ConnectionString", "is not a valid Table Storage connection string.", ex);
            }
        }
        if (IsSet(AzureTables.Endpoint))
        {
            if (!Uri.TryCreate(AzureTables.Endpoint!.Trim(), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
                throw Invalid("Storage:AzureTables:Endpoint", $"'{AzureTables.Endpoint}' is not an absolute http(s) URL.");
            return TableUserStore.FromEndpoint(endpoint, prefix, timeouts: timeouts);
        }
        throw Invalid("Storage:Provider",
            "is AzureTables, but neither Storage:AzureTables:ConnectionString nor Storage:AzureTables:Endpoint is set.");
    }

    private static bool IsSet(string? value) => !string.IsNullOrWhiteSpace(value);

    private static StorageConfigurationException Invalid(string key, string problem, Exception? inner = null) =>
        new(key, $"{key} {problem}", inner);
}

/// <summary><c>Storage:Sqlite</c>.</summary>
public sealed class SqliteSettings
{
    /// <summary><c>Storage:Sqlite:Path</c>; relative paths resolve against the current working folder.</summary>
    public string? Path { get; set; }

    /// <summary><c>Storage:Sqlite:BusyTimeout</c>: how long a writer waits for another (at most 8 s; default 8 s).</summary>
    public string? BusyTimeout { get; set; }
}

/// <summary><c>Storage:AzureTables</c>: a connection string or an endpoint, and the prefix of the table names.</summary>
public sealed class AzureTablesSettings
{
    /// <summary><c>Storage:AzureTables:ConnectionString</c>, e.g. <c>UseDevelopmentStorage=true</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Storage:AzureTables:Endpoint</c>, reached with DefaultAzureCredential (managed identity).</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>Storage:AzureTables:TablePrefix</c>.</summary>
    public string? TablePrefix { get; set; }

    /// <summary><c>Storage:AzureTables:NetworkTimeout</c>: one attempt's limit (default 3 s).</summary>
    public string? NetworkTimeout { get; set; }

    /// <summary><c>Storage:AzureTables:MaxRetries</c>: retries of a failed or timed-out call (default 1).</summary>
    public string? MaxRetries { get; set; }
}

/// <summary>A <c>Storage</c> setting is wrong; <see cref="Key"/> names it. Thrown at start-up, before the first turn.</summary>
public sealed class StorageConfigurationException(string key, string message, Exception? inner = null)
    : InvalidOperationException(message, inner)
{
    public string Key { get; } = key;
}

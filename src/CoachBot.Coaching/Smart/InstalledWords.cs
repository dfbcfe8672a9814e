using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// A word table read once from dialogs/ for code that reads words without a catalog at hand (static readers such as
/// <see cref="EffortReader"/>): the host installs its own catalog at start (<see cref="CoachingWords.Install"/>), so a
/// bad list stops start-up naming its key; until then (a test of one reader) the dialogs/ shipped beside the binaries,
/// or the nearest one above them, are read once per process. Never per turn.
/// </summary>
internal sealed class InstalledWords<T>(Func<TextCatalog, T> read) where T : class
{
    private volatile T? _installed;
    private readonly Lazy<T> _shipped = new(() => read(ShippedDialogs.Texts));

    public T Current => _installed ?? _shipped.Value;

    public void Install(TextCatalog texts) => _installed = read(texts);
}

/// <summary>The dialogs/ shipped beside the binaries, or the nearest above them (test and benchmark runs), loaded once.</summary>
internal static class ShippedDialogs
{
    private static readonly Lazy<TextCatalog> Catalog = new(() => TextCatalog.Load(Find()));

    public static TextCatalog Texts => Catalog.Value;

    private static string Find()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, TextCatalog.DefaultLocale, "smartwords.yaml"));
        if (Has(TextCatalog.DefaultDirectory)) return TextCatalog.DefaultDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Has(Path.Combine(dir.FullName, "dialogs"))) return Path.Combine(dir.FullName, "dialogs");
        throw new DirectoryNotFoundException($"No dialogs/{TextCatalog.DefaultLocale}/smartwords.yaml beside or above {AppContext.BaseDirectory}.");
    }

    /// <summary>The ';'-separated items of <paramref name="key"/>; a missing or empty list fails naming the key.</summary>
    public static string[] List(TextCatalog texts, string key)
    {
        if (!texts.Contains(key)) throw new InvalidDataException($"dialogs: '{key}' is missing.");
        var items = texts.Get(key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one word.");
        return items;
    }

    public static HashSet<string> Set(TextCatalog texts, string key) => new(List(texts, key), StringComparer.Ordinal);
}

/// <summary>Installs the word tables of the readers that have no catalog at hand; start-up calls it with its catalog.</summary>
public static class CoachingWords
{
    public static void Install(TextCatalog texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        EffortReader.Words.Install(texts);
        Plans.PlanEditCommand.Grammar.Install(texts);
        Commands.IntentCommands.Words.Install(texts);
        VerbPhrase.Words.Install(texts);
    }
}

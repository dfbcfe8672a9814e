using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// The English number, time, yes/no and choice words of the process (en-US, en-GB and the fallback for languages
/// without their own): the <c>words.*</c> of dialogs/en-US/recognizers.yaml, read by <see cref="LanguageWordTables"/>. The
/// host installs those of its catalog at start (<see cref="RecognizerPhrases.UseWordsOf"/>), so a bad edit stops start-up;
/// a process that installs none (a test of one recognizer) reads the dialogs/ shipped beside its binaries, or the
/// nearest one above them. The code holds no word of its own.
/// </summary>
internal static class EnglishWords
{
    private static volatile LanguageWords? _installed;
    private static readonly Lazy<LanguageWords> Shipped = new(() => LanguageWordTables.Read(TextCatalog.Load(ShippedDialogs()), null));

    public static LanguageWords Instance => _installed ?? Shipped.Value;

    public static void Install(TextCatalog texts) => _installed = LanguageWordTables.Read(texts, null);

    /// <summary>Yes/no phrases are compared without apostrophes, so "dont" and "don't" read the same.</summary>
    internal static string WithoutApostrophes(string phrase) => phrase.Replace("'", "", StringComparison.Ordinal);

    private static string ShippedDialogs()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, TextCatalog.DefaultLocale, "recognizers.yaml"));
        if (Has(TextCatalog.DefaultDirectory)) return TextCatalog.DefaultDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Has(Path.Combine(dir.FullName, "dialogs"))) return Path.Combine(dir.FullName, "dialogs");
        throw new InvalidOperationException($"No dialogs/{TextCatalog.DefaultLocale}/recognizers.yaml beside or above {AppContext.BaseDirectory}.");
    }
}

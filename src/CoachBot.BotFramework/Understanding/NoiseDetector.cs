using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Tells a message that says nothing to the coach ("asdfgh", "lol", "🙃", "Sent from my iPhone") from one that says
/// something, before a matcher is asked: a matcher always finds a nearest meaning, and for noise that guess is only
/// wrong. The words come from <c>understanding.noise</c> in dialogs/. Built once per catalog.
/// </summary>
[TextKeys]
public sealed class NoiseDetector
{
    public const string WordsKey = "understanding.noise.words";
    public const string PhrasesKey = "understanding.noise.phrases";
    public const string KeyboardRowsKey = "understanding.noise.keyboardRows";

    /// <summary>Mashing shorter than this may be a real word ("asd" could be an abbreviation).</summary>
    private const int MashLength = 4;

    private static readonly ConditionalWeakTable<TextCatalog, NoiseDetector> Cache = new();

    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string> _phrases;
    private readonly string[] _rows;

    private NoiseDetector(FrozenSet<string> words, FrozenSet<string> phrases, string[] rows)
    {
        _words = words;
        _phrases = phrases;
        _rows = rows;
    }

    public static NoiseDetector From(TextCatalog texts) => Cache.GetValue(texts, static t => new NoiseDetector(
        Split(t, WordsKey).ToFrozenSet(StringComparer.Ordinal),
        Split(t, PhrasesKey).Select(Key).ToFrozenSet(StringComparer.Ordinal),
        Split(t, KeyboardRowsKey).ToArray()));

    private static IEnumerable<string> Split(TextCatalog texts, string key) =>
        texts.Contains(key) ? texts.Get(key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToLowerInvariant()) : [];

    private static string Key(string text) => string.Join(' ', TextTokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Symbol).Select(t => t.Text));

    /// <summary>True when <paramref name="text"/> holds nothing the coach could act on.</summary>
    public bool IsNoise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return true;
        // "<br><br>", "[image]": markup and placeholders of the channel, not words of the person.
        var stripped = System.Text.RegularExpressions.Regex.Replace(text, @"<[^>]{0,20}>|\[[^\]]{0,20}\]", " ");
        var tokens = TextTokenizer.Tokenize(stripped).Where(t => t.Kind != TokenKind.Symbol).ToList();
        if (tokens.Count == 0) return true; // emoji, dots, symbols only
        if (_phrases.Contains(string.Join(' ', tokens.Select(t => t.Text)))) return true;
        return tokens.TrueForAll(t => t.Kind == TokenKind.Word && (_words.Contains(t.Text) || IsMash(t.Text)));
    }

    /// <summary>"jjjjjj", "asdfgh", "qwerty": one letter held down, or a run along one row of the keyboard.</summary>
    private bool IsMash(string word)
    {
        if (word.Length < MashLength) return false;
        if (word.All(c => c == word[0])) return true;
        return Array.Exists(_rows, row => row.Contains(word, StringComparison.Ordinal));
    }
}

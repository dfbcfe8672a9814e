using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Coaching.Commands;
using CoachBot.TestSupport;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// What the tests expect the bot to say, read from dialogs/ (the same files the bot ships), so a coach can reword
/// a sentence without breaking the suite. Each expectation is the longest line of the sentence that holds no
/// placeholder: stable across names and rendering of line breaks, and specific enough not to match another text.
/// </summary>
public static partial class DialogFragments
{
    private static readonly Lazy<TextCatalog> Catalog = new(() => TextCatalog.Load(RepoPaths.Dialogs));

    public static string Welcome => Fragment(CoachingTexts.Welcome);

    public static string Help => Fragment(CoachingTexts.Help);

    public static string NotUnderstood => Fragment(MenuTexts.Heard);

    /// <summary>Whether <paramref name="said"/> contains <paramref name="fragment"/>, whatever the whitespace.</summary>
    public static bool Says(string said, string fragment) =>
        Normalize(said).Contains(Normalize(fragment), StringComparison.Ordinal);

    /// <summary>The sentence <paramref name="key"/> as dialogs/ holds it, placeholders and all.</summary>
    public static string Template(string key) => Catalog.Value.Get(key, TextCatalog.DefaultLocale);

    /// <summary>The title dialogs/ gives a choice, found by its key: what a user presses.</summary>
    public static string Title<TKey>(ChoiceSet<TKey> set, TKey key) where TKey : struct, Enum =>
        Catalog.Value.Choices.Get(set, TextCatalog.DefaultLocale).Single(c => c.Key == set.KeyOf(key)).Title;

    /// <summary>The longest placeholder-free line of the sentence <paramref name="key"/>: what recognises it in a reply.</summary>
    public static string Fragment(string key)
    {
        var template = Catalog.Value.Get(key, TextCatalog.DefaultLocale);
        var fragment = Placeholder().Split(template)
            .SelectMany(part => part.Split('\n'))
            .Select(line => line.Trim().TrimStart('-', '*', '!', '.', ',', ';', ':', ' ').Trim())
            .MaxBy(line => line.Length);
        if (string.IsNullOrEmpty(fragment) || fragment.Length < 12)
            throw new InvalidOperationException($"The text '{key}' in dialogs/ has no line long enough to recognise it by: '{template}'.");
        return fragment;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

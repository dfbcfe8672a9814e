using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Conversation;

/// <summary>
/// Reads a list the way people type one: items separated by commas, semicolons, new lines, bullets ("- a", "* b",
/// "• c", "1. d") or the words "and" / "plus" ("coaching, writing and public speaking").
/// </summary>
public static partial class ListParser
{
    /// <summary>The items, cleaned, without duplicates (compared by <see cref="PhraseKey"/>: case and punctuation ignored), in the order given; at most <paramref name="max"/>.</summary>
    public static List<string> Split(string? text, int max = 20)
    {
        var cleaned = UserText.Clean(text);
        var items = Separators().Split(cleaned)
            .Select(item => LeadingBullet().Replace(item, "").Trim(' ', '.', '!', '"', '\''))
            .Where(UserText.HasWords)
            .Select(item => item.Length <= 120 ? item : item[..120])
            .DistinctBy(item => PhraseKey.Of(item))
            .Take(max)
            .ToList();
        return items;
    }

    [GeneratedRegex(@"\s*(?:[,;\n•]|\s(?:and|plus|&)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\s*(?:[-*•]|\d+[.)])\s*")]
    private static partial Regex LeadingBullet();
}

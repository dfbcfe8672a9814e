using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Library;

/// <summary>One entry of the coaching library (library.topics.&lt;key&gt;): when it is asked about, and the keys of what it says.</summary>
public sealed record LibraryTopic(string Key, PhraseSet Words, int DueDays, bool HasPersonalRole, bool HasPersonalSkills)
{
    public string TitleKey => LibraryTexts.TopicsPrefix + Key + ".title";
    public string AnswerKey => LibraryTexts.TopicsPrefix + Key + ".answer";
    public string PersonalKey => LibraryTexts.TopicsPrefix + Key + ".personal";
    public string PersonalRoleKey => LibraryTexts.TopicsPrefix + Key + ".personalRole";
    public string PersonalSkillsKey => LibraryTexts.TopicsPrefix + Key + ".personalSkills";
    public string OfferKey => LibraryTexts.TopicsPrefix + Key + ".offer";

    /// <summary>Every topic of the catalog, in the order of the file's keys; a topic missing a part fails start-up with its key named.</summary>
    public static List<LibraryTopic> All(TextCatalog texts)
    {
        var keys = texts.KeysStartingWith(LibraryTexts.TopicsPrefix)
            .Select(k => k[LibraryTexts.TopicsPrefix.Length..].Split('.')[0]).Distinct().ToList();
        if (keys.Count == 0) throw new InvalidDataException("dialogs/ has no library topics (library.topics.*).");
        return keys.Select(key =>
        {
            string Required(string part) => texts.Contains(LibraryTexts.TopicsPrefix + key + "." + part)
                ? texts.Get(LibraryTexts.TopicsPrefix + key + "." + part)
                : throw new InvalidDataException($"The library topic '{key}' has no '{part}' (library.topics.{key}.{part}).");
            foreach (var part in new[] { "title", "answer", "personal", "offer" }) Required(part); // keys, not words
            var due = int.TryParse(Required("due"), out var days) && days is >= 1 and <= 60
                ? days
                : throw new InvalidDataException($"library.topics.{key}.due must be a number of days, 1..60.");
            return new LibraryTopic(key, PhraseSet.Parse(Required("words")), due,
                texts.Contains(LibraryTexts.TopicsPrefix + key + ".personalRole"), texts.Contains(LibraryTexts.TopicsPrefix + key + ".personalSkills"));
        }).ToList();
    }
}

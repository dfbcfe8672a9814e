using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Library;

/// <summary>Keys of dialogs/en-US/about.yaml that the code names; the topics are named by the data (about.topics.&lt;key&gt;.*).</summary>
[TextKeys]
public static class AboutTexts
{
    public static readonly string TopicsPrefix = "about.topics.";
    public const string RealCoachContact = "about.topics.realCoach.contact";
    public const string RealCoachNoContact = "about.topics.realCoach.noContact";
    public const string RealCoachAfter = "about.topics.realCoach.after";
    public const string AiOn = "about.topics.areYouBot.aiOn";
}

/// <summary>
/// Questions about the coach itself (does my manager see this, what do you store, are you a bot, can I talk to a real
/// coach) and the small talk of thanks and goodbye, answered truthfully from dialogs/en-US/about.yaml.
/// </summary>
public sealed class AboutCoach
{
    private const int ShortMessageWords = 4;

    private readonly CoachTexts _texts;
    private readonly CoachingOptions _options;
    private readonly List<(string Key, PhraseSet Words, bool Short)> _topics;

    public AboutCoach(CoachTexts texts, CoachingOptions options)
    {
        _texts = texts;
        _options = options;
        _topics = texts.Catalog.KeysStartingWith(AboutTexts.TopicsPrefix)
            .Where(k => k.EndsWith(".words", StringComparison.Ordinal))
            .Select(k => k[AboutTexts.TopicsPrefix.Length..^".words".Length])
            .Select(key => (key, PhraseSet.Parse(texts.Catalog.Get(AboutTexts.TopicsPrefix + key + ".words")),
                texts.Catalog.Contains(AboutTexts.TopicsPrefix + key + ".short")))
            .ToList();
        foreach (var (key, _, _) in _topics)
            if (!texts.Catalog.Contains(AboutTexts.TopicsPrefix + key + ".answer"))
                throw new InvalidDataException($"about.topics.{key} has no answer.");
    }

    /// <summary>The topic key the text asks about, or null.</summary>
    public string? Recognize(string? text)
    {
        var words = PhraseSet.Words(text);
        var (key, score) = PhraseScore.Best(_topics.Where(t => !t.Short || words.Count <= ShortMessageWords).Select(t => (t.Key, t.Words)), words);
        return score > 0 ? key : null;
    }

    /// <param name="aiConfigured">Whether an LLM may add suggestions here: "are you a bot" says so.</param>
    public string Answer(ITurnContext context, string key, bool aiConfigured)
    {
        var answer = _texts.Text(context, AboutTexts.TopicsPrefix + key + ".answer", ("ai", aiConfigured ? _texts.Text(context, AboutTexts.AiOn) : ""));
        if (key != "realCoach") return answer;
        var where = string.IsNullOrWhiteSpace(_options.SupportContact)
            ? _texts.Text(context, AboutTexts.RealCoachNoContact)
            : _texts.Text(context, AboutTexts.RealCoachContact, ("contact", _options.SupportContact.Trim()));
        return answer + " " + where + "\n\n" + _texts.Text(context, AboutTexts.RealCoachAfter);
    }
}

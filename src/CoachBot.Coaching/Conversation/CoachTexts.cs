using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Conversation;

/// <summary>What the coach says and offers, from dialogs/, in the user's locale: sentences and choice sets.</summary>
public sealed class CoachTexts(TextCatalog catalog)
{
    public TextCatalog Catalog { get; } = catalog;

    /// <summary>A sentence from dialogs/ in the user's locale.</summary>
    public string Text(ITurnContext context, string key, params (string Name, object? Value)[] args) =>
        Catalog.Get(key, context.Activity.Locale, args);

    public void Say(ITurnContext context, string key, params (string Name, object? Value)[] args) =>
        context.SendActivity(Text(context, key, args));

    /// <summary>A choice set in the user's locale, in the order of the file.</summary>
    public IReadOnlyList<Choice> Choices(ITurnContext context, ChoiceSet set) => Catalog.Choices.Get(set, context.Activity.Locale);

    /// <summary>Only the given members of a choice set, in the order of the file.</summary>
    public IReadOnlyList<Choice> ChoicesAmong<TKey>(ITurnContext context, ChoiceSet<TKey> set, params IReadOnlyCollection<TKey> only) where TKey : struct, Enum =>
        Catalog.Choices.Get(set, context.Activity.Locale, only);

    /// <summary>How a stored choice key reads for the user now; the key itself when dialogs/ no longer has it.</summary>
    public string Title(ITurnContext context, ChoiceSet set, string key) =>
        Catalog.Choices.TitleOf(set, key, context.Activity.Locale) ?? key;
}

using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching;

/// <summary>
/// The coach's turn: welcome once per user (on install, on join, or on the first message, whichever comes first),
/// then the menu. The coaching dialogs plug in here.
/// </summary>
public sealed class CoachingBot(TextCatalog texts) : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var welcomedNow = WelcomeOnce(turnContext);
        var text = turnContext.Activity.Text?.Trim() ?? "";
        if (welcomedNow && IsGreeting(text)) return Task.CompletedTask;
        if (text.Equals("help", StringComparison.OrdinalIgnoreCase) || text == "?")
        {
            turnContext.SendActivity(texts.Get(CoachingTexts.Help, turnContext.Activity.Locale));
            return Task.CompletedTask;
        }
        turnContext.SendActivity(texts.Get(CoachingTexts.NotUnderstood, turnContext.Activity.Locale));
        return Task.CompletedTask;
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext,
        CancellationToken cancellationToken)
    {
        // Only the user this record belongs to is welcomed: in a group, each user gets their own welcome on their own turn.
        if (membersAdded.Any(m => m.Id == turnContext.Activity.From?.Id)) WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    protected override Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams personal chat: the bot joining is the install, and the one user there is the one to welcome.
        if (turnContext.Activity.Conversation?.ConversationType == "personal") WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        WelcomeOnce(turnContext);
        return Task.CompletedTask;
    }

    private bool WelcomeOnce(ITurnContext turnContext)
    {
        if (turnContext.Record.Welcomed) return false;
        turnContext.Record.Welcomed = true;
        turnContext.SendActivity(texts.Get(CoachingTexts.Welcome, turnContext.Activity.Locale,
            ("name", FirstName(turnContext.Activity.From?.Name))));
        return true;
    }

    private static bool IsGreeting(string text) =>
        text.Length == 0 || text.TrimEnd('!', '.', ' ').ToLowerInvariant() is "hi" or "hello" or "hey" or "hallo" or "start";

    private static string FirstName(string? name)
    {
        var first = name?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? "there" : first;
    }
}

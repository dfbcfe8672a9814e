using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// An Adaptive Card Action.Submit arrives as a message with no text and the button's data in <c>value</c>. Our cards
/// put the answer in <c>data.text</c>, so the turn reads it as if the user had typed it.
/// </summary>
internal static class CardSubmit
{
    public static void ApplyText(Activity activity)
    {
        if (!activity.IsType(ActivityTypes.Message) || !string.IsNullOrWhiteSpace(activity.Text)) return;
        if (activity.Value is JsonObject value && value["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            activity.Text = text.GetValue<string>();
    }
}

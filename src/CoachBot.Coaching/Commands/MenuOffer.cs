using System.Text.Json.Serialization;
using CoachBot.BotFramework.Builder;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// What the menu offered on the last turn when it was unsure ("did you mean ...?") or did not understand (the nearest
/// things it can do), kept for one answer so that "yes", "2" or a button's title picks from the offer. Any other
/// message is read afresh and the offer is dropped.
/// </summary>
public sealed class MenuOffer
{
    public const string PropertyName = "menuOffer";

    /// <summary>The intent keys offered, in the order shown.</summary>
    public List<string> Keys { get; set; } = [];

    /// <summary>True when the first key was a guess asked about: "yes" means it.</summary>
    public bool Confirming { get; set; }

    /// <summary>The goal a person stated while the menu was unsure, handed to the goal dialog if they pick it.</summary>
    public string? GoalText { get; set; }

    /// <summary>The offer of the last turn, removed from the record (it holds for one answer only).</summary>
    public static MenuOffer? Take(ITurnContext context)
    {
        if (!context.Record.Properties.ContainsKey(PropertyName)) return null;
        var offer = context.GetProperty(PropertyName, MenuJsonContext.Default.MenuOffer, () => new MenuOffer());
        context.SetProperty(PropertyName, MenuJsonContext.Default.MenuOffer, null);
        return offer.Keys.Count > 0 ? offer : null;
    }

    public static void Keep(ITurnContext context, MenuOffer offer) =>
        context.SetProperty(PropertyName, MenuJsonContext.Default.MenuOffer, offer);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MenuOffer))]
internal sealed partial class MenuJsonContext : JsonSerializerContext;

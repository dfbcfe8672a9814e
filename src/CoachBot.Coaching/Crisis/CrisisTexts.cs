using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Crisis;

/// <summary>Keys of dialogs/en-US/crisis.yaml.</summary>
[TextKeys]
public static class CrisisTexts
{
    public const string Message = "crisis.message";
    public const string Help988 = "crisis.help988";
    public const string HelpAnywhere = "crisis.helpAnywhere";
    public const string Contact = "crisis.contact";
    public const string Personal = "crisis.personal";
    public const string Words = "crisis.words";
    public const string NotCrisis = "crisis.notCrisis";
    public const string UsTimeZones = "crisis.usTimeZones";
}

using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/data.yaml.</summary>
[TextKeys]
public static class DataTexts
{
    public const string ExportIntro = "data.exportIntro";
    public const string ExportJsonPart = "data.exportJsonPart";
    public const string ExportFile = "data.exportFile";
    public const string ConfirmDelete = "data.confirmDelete";
    public const string Deleted = "data.deleted";
    public const string NotDeleted = "data.notDeleted";
}

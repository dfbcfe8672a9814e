using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Tests.Dialogs;

public sealed class DialogTextKeysTests
{
    [Fact]
    public void EveryKeyTheProtocolLayerUsesExistsInDialogs()
    {
        var texts = DialogTestTexts.Load();
        var keys = TextKeyDiscovery.KeysIn(typeof(DialogTexts).Assembly).ToList();
        Assert.Contains(DialogTexts.Reset, keys);
        texts.Validate(keys); // throws naming the missing key
    }

    [Fact]
    public void EveryChoiceSetTheProtocolLayerUsesExistsInDialogs()
    {
        var sets = TextKeyDiscovery.ChoiceSetsIn(typeof(DialogTexts).Assembly).ToList();
        Assert.Contains(sets, s => s.Id == DialogTexts.Confirm.Id);
        DialogTestTexts.Load().Choices.Validate(sets);
    }

    [Fact]
    public void AMissingKeyFailsValidation()
    {
        var texts = TextCatalog.FromDictionary(new Dictionary<string, string> { ["core.apology"] = "Sorry." });
        Assert.ThrowsAny<Exception>(() => texts.Validate([DialogTexts.Reset]));
    }
}

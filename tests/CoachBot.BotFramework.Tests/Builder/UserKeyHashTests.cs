using System.Security.Cryptography;
using System.Text;
using CoachBot.BotFramework.Builder;

namespace CoachBot.BotFramework.Tests.Builder;

/// <summary>The name of a user in logs: a keyed hash (HMAC-SHA256) of the user key, never the key or its ids.</summary>
public sealed class UserKeyHashTests
{
    private const string Key = "msteams|72f988bf-86f1-41af-91ab-2d7cd011db47|29:1AbCdEfGhIjKlMnOp";
    private const string Secret = "a-secret-of-at-least-thirty-two-characters";

    [Fact]
    public void TheNameIsTheHmacOfTheKeyUnderTheSecret()
    {
        var expected = "u" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(Key))[..8]);

        Assert.Equal(expected, new UserKeyHash(Secret).Of(Key));
    }

    [Fact]
    public void TheSameSecretGivesTheSameNameAndAnotherSecretAnother()
    {
        Assert.Equal(new UserKeyHash(Secret).Of(Key), new UserKeyHash(Secret).Of(Key));
        Assert.NotEqual(new UserKeyHash(Secret).Of(Key), new UserKeyHash(Secret + "!").Of(Key));
        Assert.NotEqual(new UserKeyHash(Secret).Of(Key), new UserKeyHash(Secret).Of(Key + "x"));
    }

    [Fact]
    public void WithoutASecretEachProcessDrawsItsOwn()
    {
        var first = new UserKeyHash();
        Assert.Equal(first.Of(Key), first.Of(Key));
        Assert.NotEqual(first.Of(Key), new UserKeyHash().Of(Key));
        Assert.NotEqual(first.Of(Key), new UserKeyHash("").Of(Key));
    }

    [Fact]
    public void TheNameHoldsNothingOfTheKey()
    {
        var name = new UserKeyHash(Secret).Of(Key);

        Assert.Matches("^u[0-9a-f]{16}$", name);
        foreach (var part in Key.Split('|', ':')) Assert.DoesNotContain(part, name);
        Assert.Equal("-", new UserKeyHash(Secret).Of(null));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("short", false)]
    [InlineData(Secret, true)]
    public void AConfiguredSecretIsLongEnough(string? secret, bool usable) =>
        Assert.Equal(usable, !new PrivacyOptions { LogHashSecret = secret }.FindProblems().Any());
}

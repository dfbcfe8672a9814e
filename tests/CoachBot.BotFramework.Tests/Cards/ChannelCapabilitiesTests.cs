using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Tests.Cards;

/// <summary>The one table of what each channel shows, and the choices rendered from it.</summary>
public sealed class ChannelCapabilitiesTests
{
    private static readonly Choice[] Two = [new("yes", "Yes"), new("no", "No")];

    [Theory]
    [InlineData(Channels.Msteams, true, true, false, true)]
    [InlineData(Channels.Emulator, true, true, false, false)]
    [InlineData(Channels.Webchat, true, true, false, false)]
    [InlineData(Channels.Slack, false, false, true, false)]
    [InlineData(Channels.Terminal, false, false, false, false)]
    [InlineData("some-new-channel", false, false, false, false)]
    public void EachChannelShowsWhatItCan(string channel, bool cards, bool suggestedActions, bool heroButtons, bool mentions)
    {
        var capabilities = ChannelCapabilities.For(channel);

        Assert.Equal(cards, capabilities.AdaptiveCards);
        Assert.Equal(suggestedActions, capabilities.SuggestedActions);
        Assert.Equal(heroButtons, capabilities.HeroCardButtons);
        Assert.Equal(mentions, capabilities.MentionsInText);
    }

    [Fact]
    public void TeamsShowsSuggestedActionsInPersonalChatsOnlyAndAtMostSix()
    {
        var teams = ChannelCapabilities.For(Channels.Msteams);

        Assert.True(teams.ShowsSuggestedActions(new ConversationAccount { ConversationType = "personal" }, 6));
        Assert.False(teams.ShowsSuggestedActions(new ConversationAccount { ConversationType = "personal" }, 7));
        Assert.False(teams.ShowsSuggestedActions(new ConversationAccount { ConversationType = "groupChat" }, 2));
        Assert.True(ChannelCapabilities.For(Channels.Webchat).ShowsSuggestedActions(new ConversationAccount { ConversationType = "groupChat" }, 2));
    }

    [Fact]
    public void ChoicesInATeamsGroupChatAreANumberedListOfTitles()
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message, ChannelId = Channels.Msteams,
            Conversation = new ConversationAccount { Id = "19:group", ConversationType = "groupChat" },
        };

        var reply = ChoiceFactory.ForChannel(incoming, "Save it?", Two);

        Assert.Null(reply.SuggestedActions);
        Assert.Equal("Save it?\n\n1. Yes\n2. No", reply.Text);
    }

    [Fact]
    public void ADirectLineConversationUpdateIsNotRepliedTo()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "u1", ChannelId = Channels.DirectLine };
        var teamsUpdate = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "u2", ChannelId = Channels.Msteams };

        Assert.Null(update.CreateReply().ReplyToId);
        Assert.Equal("u2", teamsUpdate.CreateReply().ReplyToId);
    }
}

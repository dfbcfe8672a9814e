using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using CoachBot.TestSupport;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Dates and schedules as people say them (issue 11), in conversation through the real pipeline, on Monday 4 January
/// 2027: the goal's deadline question says back the date it chose, in English; the schedule question says back the
/// schedule with its time, refuses what the schedule model cannot hold, and asks for the zone when the channel sends none.
/// </summary>
public sealed class DatesAndSchedulesConversationTests
{
    private static async Task<ConversationTest> AtDeadlineAsync(string locale = "en-US", string? timeZone = "UTC")
    {
        var chat = Start(locale: locale, timeZone: timeZone);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("I want to get better at my job");
        await chat.SayAsync("become a team lead");
        await chat.SayAsync("7");
        await chat.SayAsync("4 hours");
        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        return chat;
    }

    public static TheoryData<string, string, string?, string> Deadlines => new()
    {
        { "30.06.2027", "en-US", "UTC", "Wed, 30 June 2027" },
        { "30.06.2027", "en-GB", "UTC", "Wed, 30 June 2027" },
        { "3/4/2027", "en-US", "UTC", "Thu, 4 March 2027" },
        { "3/4/2027", "en-GB", "UTC", "Sat, 3 April 2027" },
        { "3/4/2027", "de-DE", "Europe/Berlin", "Sat, 3 April 2027" },
        { "before my 40th birthday in March 2028", "en-US", "UTC", "Fri, 31 March 2028" },
        { "next summer", "en-US", "Europe/Berlin", "Tue, 31 August 2027" },
        { "next summer", "en-AU", "Australia/Sydney", "Tue, 29 February 2028" },
        { "a year and a half", "en-US", "UTC", "Tue, 4 July 2028" },
        { "end of Q2 next year", "en-US", "UTC", "Fri, 30 June 2028" },
        { "by christmas", "de-DE", "Europe/Berlin", "Sat, 25 December 2027" },
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public async Task TheDeadlineIsSaidBackInEnglishAndKept(string said, string locale, string? zone, string expected)
    {
        var chat = await AtDeadlineAsync(locale, zone);
        (await chat.SayAsync(said)).AssertContains(expected, Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept));
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(DateOnly.ParseExact(expected, "ddd, d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")), goal.Deadline);
    }

    [Fact]
    public async Task ASlashedDateThatReadsTwoWaysIsAskedAboutWhenTheLocaleIsUnknown()
    {
        var chat = await AtDeadlineAsync(locale: "");
        (await chat.SayAsync("3/4/27")).AssertContains("Thu, 4 March 2027", "Sat, 3 April 2027");
        (await chat.SayAsync("April")).AssertContains("Sat, 3 April 2027", Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept));
    }

    [Fact]
    public async Task AsapAsksForADateAndSoonDoesToo()
    {
        var chat = await AtDeadlineAsync();
        (await chat.SayAsync("asap")).AssertContains(Says(UnderstandingTexts.AskForDate));
        (await chat.SayAsync("soon")).AssertContains(Says(DateTexts.AskForExactDate));
        (await chat.SayAsync("in 3 months")).AssertContains("Sun, 4 April 2027");
    }

    private static async Task<ConversationTest> AtScheduleAsync(string? timeZone = "Europe/Berlin")
    {
        var chat = Start(timeZone: timeZone);
        await chat.JoinAsync();
        (await chat.SayAsync("schedule")).AssertContains(Says(ScheduleTexts.Ask));
        return chat;
    }

    public static TheoryData<string, string> Schedules => new()
    {
        { "Tuesdays and Thursdays", "every Tuesday and Thursday at" },
        { "weekdays", "every weekday (Monday to Friday) at" },
        { "every day", "every day at" },
        { "twice a month", "monthly on days 1 and 15 at" },
        { "the 1st and the 15th", "monthly on days 1 and 15 at" },
        { "first Monday of the month", "on the first Monday of every month at" },
        { "mondays, mornings", "every Monday at 09:00" },
        { "fridays after lunch", "every Friday at 13:30" },
        { "wednesdays at the end of the day", "every Wednesday at 17:00" },
        { "sunday evenings", "every Sunday at 19:00" },
        { "thrusdays at 8am", "every Thursday at 08:00" },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public async Task TheScheduleIsSaidBackWithItsTime(string said, string expected)
    {
        var chat = await AtScheduleAsync();
        (await chat.SayAsync(said)).AssertContains(Says(ScheduleTexts.Saved), expected);
    }

    [Theory]
    [InlineData("every 3 days", ScheduleRefusal.UnsupportedInterval)]
    [InlineData("twice a day", ScheduleRefusal.SeveralTimesADay)]
    [InlineData("mondays at 9 and fridays at 4", ScheduleRefusal.DifferentTimesPerDay)]
    [InlineData("every other Tuesday except holidays", ScheduleRefusal.Unclear)]
    [InlineData("first monday and third wednesday of the month", ScheduleRefusal.SeveralWeekdaysOfMonth)]
    public async Task WhatTheModelCannotHoldIsRefusedWithWhatItCanDoAndNothingChanges(string said, ScheduleRefusal refusal)
    {
        var chat = await AtScheduleAsync();
        await chat.SayAsync("every Monday at 9:00");
        await chat.SayAsync("schedule");
        (await chat.SayAsync(said)).AssertContains(Says(ScheduleTexts.RefusalKey(refusal))).AssertNotContains(Says(ScheduleTexts.Saved));
        (await chat.SayAsync("cancel")).AssertNotContains(Says(ScheduleTexts.Saved));
        (await chat.SayAsync("schedule")).AssertContains("every Monday at 09:00");
    }

    [Fact]
    public async Task ACorrectionOfTheDaysKeepsTheTime()
    {
        var chat = await AtScheduleAsync();
        await chat.SayAsync("mondays at 8am");
        await chat.SayAsync("schedule");
        (await chat.SayAsync("make it tuesdays instead")).AssertContains("every Tuesday at 08:00");
    }

    [Fact]
    public async Task WithoutATimeZoneFromTheChannelTheCoachAsksForIt()
    {
        var chat = await AtScheduleAsync(timeZone: null);
        (await chat.SayAsync("Tuesdays and Thursdays after lunch")).AssertContains(Says(ScheduleTexts.AskZone)).AssertNotContains(Says(ScheduleTexts.Saved));
        (await chat.SayAsync("Europe/Berlin")).AssertContains(Says(ScheduleTexts.Saved), "every Tuesday and Thursday at 13:30", "Europe/Berlin");
    }

    public static TheoryData<string, string> ZoneAnswers => new()
    {
        { "actually I'm in Berlin", "Europe/Berlin" },
        { "sorry, I meant London time", "Europe/London" },
        { "time zone is berlin", "Europe/Berlin" },
        { "tokyo", "Asia/Tokyo" },
        { "I'm in New York", "America/New_York" },
    };

    [Theory]
    [MemberData(nameof(ZoneAnswers))]
    public async Task TheZoneQuestionTakesAZoneAsPeopleSayIt(string said, string zone)
    {
        var chat = await AtScheduleAsync(timeZone: null);
        (await chat.SayAsync("mondays n thursdays mornings")).AssertContains(Says(ScheduleTexts.AskZone));
        (await chat.SayAsync(said)).AssertContains(Says(ScheduleTexts.Saved), zone);
        Assert.Equal(zone, (await CheckInsAsync(chat)).Schedule.TimeZone);
    }

    [Theory]
    [InlineData("actually make it london")]
    [InlineData("sorry, I meant London time")]
    [InlineData("time zone is london")]
    public async Task AZoneCorrectionAfterTheConfirmationChangesTheZoneAndSaysSo(string said)
    {
        var chat = await AtScheduleAsync();
        (await chat.SayAsync("mondays at 9")).AssertContains(Says(ScheduleTexts.Saved), "Europe/Berlin").AssertNotContains(Says(ScheduleTexts.Changed));
        (await chat.SayAsync(said)).AssertContains(Says(ScheduleTexts.ZoneChanged), "Europe/Berlin", "Europe/London");
        Assert.Equal("Europe/London", (await CheckInsAsync(chat)).Schedule.TimeZone);
    }

    [Fact]
    public async Task ATimeCorrectionAfterTheConfirmationChangesTheTimeAndSaysWhatItWas()
    {
        var chat = await AtScheduleAsync();
        await chat.SayAsync("mondays at 9");
        (await chat.SayAsync("sorry, I meant 10am")).AssertContains(Says(ScheduleTexts.Changed), "every Monday at 09:00", "every Monday at 10:00");
        Assert.Equal(new TimeOnly(10, 0), (await CheckInsAsync(chat)).Schedule.Time);
    }

    [Fact]
    public async Task ACorrectionThatNamesNoScheduleLeavesTheScheduleAlone()
    {
        var chat = await AtScheduleAsync();
        await chat.SayAsync("mondays at 9");
        (await chat.SayAsync("actually I want to set a goal")).AssertNotContains(Says(ScheduleTexts.Changed)).AssertNotContains(Says(ScheduleTexts.ZoneChanged));
        Assert.Equal(new TimeOnly(9, 0), (await CheckInsAsync(chat)).Schedule.Time);
    }

    public static TheoryData<string, string> Pauses => new()
    {
        { "pause until 10.01.2027", "Sun, 10 January 2027" },
        { "pause till 2027-03-01", "Mon, 1 March 2027" },
        { "pause check-ins until next summer", "Tue, 31 August 2027" },
        { "pause until the 15th", "Fri, 15 January 2027" },
        { "pause until 5.2.", "Fri, 5 February 2027" },
    };

    [Theory]
    [MemberData(nameof(Pauses))]
    public async Task APauseReadsItsDateAsTheDatePromptDoes(string said, string expected)
    {
        var chat = await AtScheduleAsync();
        await chat.SayAsync("mondays at 9");
        (await chat.SayAsync(said)).AssertContains(expected);
    }

    private static async Task<CheckInState> CheckInsAsync(ConversationTest chat)
    {
        var record = await chat.ReadRecordAsync();
        return System.Text.Json.JsonSerializer.Deserialize(record.Properties[CheckInState.PropertyName], CheckInJsonContext.Default.CheckInState)!;
    }
}

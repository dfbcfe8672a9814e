using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>Which goal texts map to which plan template (the keys of TEAM.md), including the ones the first version got wrong.</summary>
public sealed class TemplateTableTests
{
    [Theory]
    [InlineData("finish a finance course for financial managers by May", "course")]          // was a promotion plan
    [InlineData("complete the Coursera data analytics specialization", "course")]
    [InlineData("do an evening MBA", "course")]
    [InlineData("pass the PMP exam in March", "certification")]
    [InlineData("get AWS certified to get promoted", "certification")]
    [InlineData("earn the Google UX Design certificate", "certification")]
    [InlineData("get promoted to senior manager by June 2027", "promotion")]
    [InlineData("become a team lead within a year", "promotion")]
    [InlineData("make senior engineer this year", "promotion")]
    [InlineData("become a UX designer", "roleChange")]
    [InlineData("switch from marketing to product management", "roleChange")]
    [InlineData("move into the healthcare industry", "industryChange")]
    [InlineData("change careers into teaching", "industryChange")]
    [InlineData("transition into renewable energy", "industryChange")]
    [InlineData("get hired as a junior dev by sept 2027", "jobSearch")]
    [InlineData("land a UX designer job", "jobSearch")]                                        // was a course plan for Excel
    [InlineData("find a new job in fintech", "jobSearch")]
    [InlineData("return to work after my parental leave", "returnToWork")]
    [InlineData("go back to work after a career break", "returnToWork")]
    [InlineData("give a talk at a conference this year", "speakOrPublish")]                   // was a career-change plan
    [InlineData("speak at PyCon in May", "speakOrPublish")]
    [InlineData("publish two articles on my blog", "speakOrPublish")]
    [InlineData("write a book about leadership", "speakOrPublish")]
    [InlineData("build a portfolio with three case studies", "portfolio")]
    [InlineData("finish my side project app", "portfolio")]
    [InlineData("learn Python", "learnSkill")]
    [InlineData("get better at public speaking", "learnSkill")]
    [InlineData("become fluent in Spanish", "learnSkill")]
    [InlineData("find a mentor", "networking")]
    [InlineData("grow my network on LinkedIn", "networking")]
    [InlineData("organize the yearly hackathon", "generic")]
    [InlineData("present the 3-year ops strategy to the VP", "generic")]
    [InlineData("work less overtime", "generic")]
    [InlineData("be a better leader", "learnSkill")]                                          // a role qualified as a direction is a skill
    [InlineData("get to B2 in German for work", "learnSkill")]
    [InlineData("get into cybersecurity", "industryChange")]
    [InlineData("lead a cross-team project by Q3", "generic")]
    [InlineData("get a teaching certificate", "certification")]
    // Round four: goals people type that used to land on a wrong template or on none.
    [InlineData("go freelance as a designer by next year", "freelance")]                      // was generic
    [InlineData("start my own bookkeeping business", "freelance")]                            // was generic
    [InlineData("become self-employed as a translator", "freelance")]                         // was a career-change plan
    [InlineData("get a raise by june", "payRaise")]                                           // was a promotion plan
    [InlineData("ask for a pay rise in march", "payRaise")]
    [InlineData("switch to part-time by september", "workPattern")]                           // was a career-change plan
    [InlineData("move to a 4-day week", "workPattern")]
    [InlineData("move abroad for work next year", "moveAbroad")]                              // was generic
    [InlineData("find a job overseas by 2028", "moveAbroad")]
    [InlineData("finish my degree by 2028", "course")]
    [InlineData("finally finish my bachelor's", "course")]                                    // was generic
    [InlineData("get my first management role by the end of the year", "promotion")]         // was generic
    [InlineData("become a team lead by december", "promotion")]
    [InlineData("get a part-time job at a bakery", "jobSearch")]
    // Round ten, Maria (48, back after five years caring for her mother): she has no employer to ask for part-time.
    [InlineData("i want to find a part time accounting job before september next year", "jobSearch")]
    [InlineData("find a part time job as an accountant", "jobSearch")]
    [InlineData("find a part-time accounting job", "jobSearch")]
    [InlineData("get a part time job", "jobSearch")]
    public void TheGoalGetsTheTemplateThatFits(string goal, string template) =>
        Assert.Equal(template, GoalClassifier.KeyOf(GoalClassifier.Classify(goal, GoalVocabulary.From(RepoDialogs.Texts))));

    [Theory]
    [InlineData("finish my degree by 2028", "plans.course.degreeLeft", "plans.course.choose")]
    [InlineData("do an evening MBA", "plans.course.choose", "plans.course.degreeLeft")]
    [InlineData("get a raise by june", "plans.payRaise.meeting", "plans.general.promotion.case")]
    [InlineData("switch to part-time by september", "plans.workPattern.proposal", "plans.roleChange.research")]
    public void TheTemplateVariantFitsTheGoal(string goal, string expectedKey, string absentKey)
    {
        var words = GoalVocabulary.From(RepoDialogs.Texts);
        var type = GoalClassifier.Classify(goal, words);
        var keys = CoachBot.Coaching.Plans.PlanTemplates.For(type, goal, null, words).Select(s => s.TextKey).ToList();
        Assert.Contains(expectedKey, keys);
        Assert.DoesNotContain(absentKey, keys);
    }

    [Theory]
    [InlineData("\"NewSkill\"", GoalType.LearnSkill)]
    [InlineData("\"Network\"", GoalType.Networking)]
    [InlineData("\"Promotion\"", GoalType.Promotion)]
    [InlineData("\"jobSearch\"", GoalType.JobSearch)]
    [InlineData("\"SomethingElse\"", GoalType.Generic)]
    public void StoredGoalTypesOfTheFirstVersionStillRead(string json, GoalType expected)
    {
        var state = System.Text.Json.JsonSerializer.Deserialize(
            "{\"goals\":[{\"id\":\"g1\",\"type\":" + json + "}]}", CoachingJsonContext.Default.CoachingState)!;
        Assert.Equal(expected, state.Goals[0].Type);
        var written = System.Text.Json.JsonSerializer.Serialize(state, CoachingJsonContext.Default.CoachingState);
        Assert.Contains("\"type\":\"" + expected + "\"", written, StringComparison.Ordinal);
    }
}

using System.Runtime.CompilerServices;

namespace CoachBot.Tests;

/// <summary>
/// These tests run the coach on its rules only (TEAM.md: Understanding:Matcher=Off unless a test is about the
/// matcher): every host they build, in process or as a child process, reads this from the environment, so no test
/// loads the 250 MB model. A test about the matcher sets the key itself, which wins over the environment.
/// </summary>
internal static class MatcherOff
{
    [ModuleInitializer]
    internal static void TurnOff()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("Understanding__Matcher")))
            Environment.SetEnvironmentVariable("Understanding__Matcher", "Off");
    }
}

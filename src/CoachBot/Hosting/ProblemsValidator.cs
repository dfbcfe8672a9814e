using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

/// <summary>Fails options validation with every problem an options class reports, each naming its key.</summary>
internal sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> findProblems) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        findProblems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation.Guessing;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Checks the <c>Guessing</c> section: a value that is not positive stops the start, naming the key.</summary>
internal sealed class GuessLimitOptionsValidation : IValidateOptions<GuessLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, GuessLimitOptions options)
    {
        var faults = new List<string>();
        if (options.Window <= TimeSpan.Zero)
        {
            faults.Add("Guessing:Window must be a positive time span, e.g. 00:15:00.");
        }

        foreach (var (key, value) in new[]
        {
            (nameof(options.CoordinatorTokenFailuresPerClient), options.CoordinatorTokenFailuresPerClient),
            (nameof(options.CoordinatorTokenFailuresPerRegion), options.CoordinatorTokenFailuresPerRegion),
            (nameof(options.AccessCodeFailuresPerClient), options.AccessCodeFailuresPerClient),
            (nameof(options.AccessCodeFailuresInTotal), options.AccessCodeFailuresInTotal),
        })
        {
            if (value <= 0)
            {
                faults.Add($"Guessing:{key} must be a positive number of tries.");
            }
        }

        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }
}

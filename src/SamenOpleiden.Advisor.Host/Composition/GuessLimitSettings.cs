using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation.Guessing;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Reads the <c>Guessing</c> section into <see cref="GuessLimitOptions"/>; a value that is not positive stops the start, naming the key.</summary>
internal static class GuessLimitSettings
{
    public static GuessLimitOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(GuessLimitOptions.Section).Get<GuessLimitOptions>() ?? new GuessLimitOptions();
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

        return faults.Count == 0 ? options : throw new OptionsValidationException(GuessLimitOptions.Section, typeof(GuessLimitOptions), faults);
    }
}

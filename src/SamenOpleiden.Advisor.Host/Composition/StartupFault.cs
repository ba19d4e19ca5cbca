using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.Auth;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The faults an operator causes and fixes in configuration or rules/. For these the service exits naming what to
/// fix, without a stack trace; anything else is a bug and keeps its trace.
/// </summary>
internal static class StartupFault
{
    public static string? Describe(Exception exception) => exception switch
    {
        // The host checks every section at start and throws them together when several are wrong.
        AggregateException several when several.InnerExceptions.Select(Describe).ToList() is var reasons && reasons.All(r => r is not null) =>
            string.Join(Environment.NewLine, reasons),
        RuleSetException rules => $"rules/ is not valid (run 'rules validate'):{Environment.NewLine}{rules.Message}",
        // Options bound with AddOptions<T>() have no name of their own; their failures name the keys.
        OptionsValidationException options =>
            $"the {(options.OptionsName is { Length: > 0 } name ? name + " " : "")}configuration is not valid:{Environment.NewLine}{string.Join(Environment.NewLine, options.Failures)}",
        UnsafeDevelopmentModeException unsafeMode => unsafeMode.Message,
        _ => null,
    };
}

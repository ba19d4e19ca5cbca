using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// With the layer on: the options (<see cref="RephrasingOptions.Problems"/>), the prompts in the prompts folder and the
/// chosen style, each fault named by its key or file. Off, nothing is checked: the product is complete without it.
/// </summary>
internal sealed class RephrasingOptionsValidation(string promptsDirectory) : IValidateOptions<RephrasingOptions>
{
    public ValidateOptionsResult Validate(string? name, RephrasingOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var (prompts, problems) = PromptSetLoader.Load(promptsDirectory);
        var faults = options.Problems().Concat(problems.Select(p => $"prompts/{p}")).ToList();
        if (prompts is not null && !prompts.Styles.ContainsKey(options.Style))
        {
            faults.Add($"Rephrasing:Style '{options.Style}' is not in prompts/styles.yaml ({string.Join(", ", prompts.Styles.Keys)}).");
        }

        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }
}

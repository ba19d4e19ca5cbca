using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Host.Privacy;

/// <summary>
/// How long what is kept only for a while stays (configuration section <c>Retention</c>, see <c>IDataRetention</c>):
/// <c>"Retention": { "Days": 30 }</c>. Documented for respondents beside the privacy notice in the README.
/// </summary>
internal sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after their last write that processed activities, web chat transcripts and undelivered replies are purged. Default 30.</summary>
    public int Days { get; set; } = 30;
}

/// <summary>A retention that is not positive would purge everything at once: it stops the start, naming the key.</summary>
internal sealed class RetentionOptionsValidation : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options) =>
        options.Days > 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail("Retention:Days must be a positive number of days.");
}

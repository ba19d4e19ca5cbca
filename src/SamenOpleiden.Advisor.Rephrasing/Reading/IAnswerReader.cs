namespace SamenOpleiden.Advisor.Rephrasing.Reading;

/// <summary>
/// Reads a respondent's own words about a focus point with the language model, for when the deterministic
/// reader is unsure: a phase (1-3) with a quote from the answer, "onzeker", or why the model's reading is not
/// used. Never throws for a model's failure. The reading is only ever a proposal the respondent confirms; the
/// rules decide. Thread-safe; one instance serves every turn.
/// </summary>
public interface IAnswerReader
{
    /// <summary>Whether the layer reads answers at all; when false every call returns <see cref="AnswerReadingOutcome.Disabled"/> without any HTTP call.</summary>
    bool IsEnabled { get; }

    Task<AnswerReading> ReadAsync(AnswerReadingRequest request, CancellationToken cancellationToken);
}

/// <summary>The answer to read and the focus point it answers.</summary>
public sealed record AnswerReadingRequest(string FocusPointId, string Answer);

/// <summary>What the model read.</summary>
/// <param name="Phase">The phase proposed (1-3), only with <see cref="AnswerReadingOutcome.Proposed"/>.</param>
/// <param name="Quote">The respondent's words the phase rests on, as they occur in the answer.</param>
public sealed record AnswerReading(int? Phase, string? Quote, AnswerReadingOutcome Outcome, RephrasingFallbackReason? FallbackReason = null, string? FallbackDetail = null);

/// <summary>How an <see cref="AnswerReading"/> came about; the metric's <c>outcome</c> tag is its snake_case name.</summary>
public enum AnswerReadingOutcome
{
    /// <summary>The layer does not read answers; no HTTP call.</summary>
    Disabled,

    /// <summary>A phase with a quote that passed the guard.</summary>
    Proposed,

    /// <summary>The model said "onzeker".</summary>
    Unsure,

    /// <summary>The model failed or its answer failed the guard; the deterministic reading stands.</summary>
    FellBack,
}

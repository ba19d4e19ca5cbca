namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// Says the rules' advice in friendlier words, or returns the rules' own words. Never throws for a
/// model's failure: a timeout, an error or an answer that fails the guard gives the rule text with
/// the reason. Thread-safe; one instance serves every turn.
/// </summary>
public interface IAdviceRephraser
{
    /// <summary>Whether rephrasing is switched on; when false every call returns the rule text without any HTTP call.</summary>
    bool IsEnabled { get; }

    /// <summary>Rephrases every advice item of <see cref="RephrasingRequest.Result"/>, in the rules' order.</summary>
    Task<RephrasedAdvice> RephraseAsync(RephrasingRequest request, CancellationToken cancellationToken);
}

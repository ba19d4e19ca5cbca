using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Wording;

/// <summary>
/// Optional other words for the rules' advice, e.g. a language model's guarded rephrasing. The
/// conversation keeps everything structural (titles, focus points, phases, who, when) from the
/// rules and only swaps an item's action list for the text given here. Without one, the rules'
/// own words are shown.
/// </summary>
public interface IAdviceWording
{
    /// <summary>True when advice (with the profile and remarks) leaves the service to be reworded; the privacy notice says so.</summary>
    bool IsActive { get; }

    /// <summary>
    /// Advice id to the text to show instead of the rules' actions; empty (or missing ids) keeps the
    /// rules' words. Must not throw for a failing model: the rules' words are the fallback.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WordAsync(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, CancellationToken cancellationToken);
}

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// An advice text from <c>rules/advice</c>: for a focus point's transition (<c>1-2</c>, <c>2-3</c>,
/// <c>3</c> = keep and deepen) or an extra item added by a profile or situation rule.
/// </summary>
public sealed record AdviceDefinition(
    string Id,
    string? FocusPoint,
    string? Transition,
    string Title,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Who,
    string Horizon,
    string? Instrument);

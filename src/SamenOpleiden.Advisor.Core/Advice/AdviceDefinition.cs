using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// An advice text from <c>rules/advice</c>: the transition advice of a focus point (<c>1-2</c>, <c>2-3</c>, <c>3</c> =
/// keep and deepen), or an item a profile rule proposes (no transition): a <paramref name="Variant"/> of the focus
/// point's advice, or an item that comes beside it.
/// </summary>
/// <param name="Variant">True when the item takes the place of the focus point's other advice.</param>
/// <param name="Lead">The one role that leads (trekker).</param>
/// <param name="Who">The others who take part.</param>
/// <param name="ConditionalActions">Actions shown only to regions whose profile meets the condition.</param>
public sealed record AdviceDefinition(
    string Id,
    string? FocusPoint,
    string? Transition,
    bool Variant,
    string Title,
    IReadOnlyList<string> Actions,
    IReadOnlyList<ConditionalAction> ConditionalActions,
    string Lead,
    IReadOnlyList<string> Who,
    string? Instrument)
{
    /// <summary>
    /// What the item competes with for a place in the roadmap: the focus point for its transition advice and variants
    /// (one of them per focus point), its own id for an item that comes beside them.
    /// </summary>
    public string Slot => (Transition is not null || Variant) && FocusPoint is not null ? FocusPoint : Id;

    /// <summary>The actions for a region with this profile: every plain action, then the conditional ones that apply.</summary>
    public IReadOnlyList<string> ActionsFor(RegionProfile profile) =>
        ConditionalActions.Count == 0
            ? Actions
            : [.. Actions, .. ConditionalActions.Where(a => a.Condition.Holds(profile)).Select(a => a.Text)];
}

/// <summary>An action shown only when <paramref name="Condition"/> holds for the region.</summary>
public sealed record ConditionalAction(RegionCondition Condition, string Text);

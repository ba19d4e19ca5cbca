namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>
/// A consistency check (<c>rules/consistency.json</c>): when <paramref name="FocusPoint"/> was chosen on
/// <paramref name="Phase"/> while <paramref name="Other"/> was chosen on <paramref name="OtherPhase"/>, ask
/// <paramref name="Question"/>; adjusting means <paramref name="SuggestedPhase"/>.
/// </summary>
public sealed record ConsistencyRow(
    string Id, string Reason, string FocusPoint, int Phase, string Other, int OtherPhase, int SuggestedPhase, string Question)
    : RuleRow(Id, Reason, []);

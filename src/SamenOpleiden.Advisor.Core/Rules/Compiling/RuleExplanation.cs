using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// What "waarom" needs to know of a rule beyond the facts it matched: why it decides what it decides (a C# rule's
/// <c>[Description]</c>, a row's <c>reason</c>) and which profile conditions it asked for.
/// </summary>
/// <param name="Row">The data row the rule was made from, or null for a rule written in C# alone.</param>
internal sealed record RuleExplanation(string Reason, IReadOnlyList<RegionCondition> Conditions, RuleRow? Row);

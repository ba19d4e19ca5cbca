using System.Text;
using System.Text.RegularExpressions;
using NRules.RuleModel;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// A compiled rule definition as text: its name, priority, and every pattern, condition, aggregate and action as
/// NRules' rule model holds them (expression text, no memory addresses or file paths), so the rules version changes
/// with the rule code and is the same on every machine that builds the same source.
/// </summary>
internal sealed partial class CanonicalRuleText : RuleElementVisitor<StringBuilder>
{
    private static readonly CanonicalRuleText Instance = new();

    // NRules names a pattern that binds no variable from a process-wide counter ($var12$); numbered per rule instead,
    // the text does not depend on what else the process loaded before.
    [GeneratedRegex(@"\$var\d+\$")]
    private static partial Regex GeneratedName();

    public static string Of(IRuleDefinition rule)
    {
        var text = new StringBuilder()
            .Append("rule ").Append(rule.Name).Append(" priority ").Append(rule.Priority).Append(' ').Append(rule.Repeatability).Append('\n');
        foreach (var tag in rule.Tags) text.Append("tag ").Append(tag).Append('\n');
        Instance.Visit(text, rule);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return GeneratedName().Replace(text.ToString(), match =>
            names.TryGetValue(match.Value, out var name) ? name : names[match.Value] = $"$v{names.Count + 1}$");
    }

    protected override PatternElement VisitPattern(StringBuilder text, PatternElement element)
    {
        text.Append("pattern ").Append(element.Declaration.Name).Append(' ').Append(element.ValueType.FullName).Append('\n');
        return base.VisitPattern(text, element);
    }

    protected override NamedExpressionElement VisitNamedExpression(StringBuilder text, NamedExpressionElement element)
    {
        text.Append("  ").Append(element.Name).Append(' ').Append(element.Expression).Append('\n');
        return element;
    }

    protected override RuleElement VisitAggregate(StringBuilder text, AggregateElement element)
    {
        text.Append("aggregate ").Append(element.Name).Append(' ').Append(element.ResultType.FullName).Append('\n');
        return base.VisitAggregate(text, element);
    }

    protected override RuleElement VisitBinding(StringBuilder text, BindingElement element)
    {
        text.Append("binding ").Append(element.ResultType.FullName).Append(' ').Append(element.Expression).Append('\n');
        return element;
    }

    protected override RuleElement VisitNot(StringBuilder text, NotElement element) => Group(text, "not", () => base.VisitNot(text, element));

    protected override RuleElement VisitExists(StringBuilder text, ExistsElement element) => Group(text, "exists", () => base.VisitExists(text, element));

    protected override RuleElement VisitForAll(StringBuilder text, ForAllElement element) => Group(text, "forall", () => base.VisitForAll(text, element));

    protected override RuleElement VisitAnd(StringBuilder text, AndElement element) => Group(text, "and", () => base.VisitAnd(text, element));

    protected override RuleElement VisitOr(StringBuilder text, OrElement element) => Group(text, "or", () => base.VisitOr(text, element));

    protected override ActionElement VisitAction(StringBuilder text, ActionElement element)
    {
        text.Append("action ").Append(element.ActionTrigger).Append(' ').Append(element.Expression).Append('\n');
        return element;
    }

    protected override FilterElement VisitFilter(StringBuilder text, FilterElement element)
    {
        text.Append("filter ").Append(element.FilterType).Append(' ').Append(element.Expression).Append('\n');
        return element;
    }

    protected override DependencyElement VisitDependency(StringBuilder text, DependencyElement element)
    {
        text.Append("dependency ").Append(element.ServiceType.FullName).Append('\n');
        return element;
    }

    private static RuleElement Group(StringBuilder text, string name, Func<RuleElement> visitChildren)
    {
        text.Append(name).Append(" (\n");
        var element = visitChildren();
        text.Append(")\n");
        return element;
    }
}

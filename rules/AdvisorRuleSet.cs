using System.Reflection;

namespace SamenOpleiden.Advisor.Rules;

/// <summary>The rule set's assembly, which the host gives the rules core to compile with the data of <c>rules/</c>.</summary>
public static class AdvisorRuleSet
{
    public static Assembly Assembly { get; } = typeof(AdvisorRuleSet).Assembly;
}

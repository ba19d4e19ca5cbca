namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>The rules in <c>rules/</c> cannot be used; <see cref="Problems"/> says what is wrong where, in Dutch.</summary>
public sealed class RuleSetException(IReadOnlyList<RuleProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<RuleProblem> Problems { get; } = problems;
}

/// <summary>One fault in the rules: the file, the rule (when there is one) and what is wrong.</summary>
public sealed record RuleProblem(string File, string? Rule, string Message)
{
    public override string ToString() => Rule is null ? $"{File}: {Message}" : $"{File}, regel '{Rule}': {Message}";
}

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>One fault in <c>prompts/</c>: the file (relative to the prompts folder) and what is wrong, in Dutch for the coordinator.</summary>
public sealed record PromptProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}

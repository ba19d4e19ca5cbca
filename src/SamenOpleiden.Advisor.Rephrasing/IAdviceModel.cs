namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>The model behind the rephraser: renders the prompt with the given values and returns the answer.</summary>
internal interface IAdviceModel
{
    /// <summary>The answer's text (null when there is none) and whether the model refused (content filter or refusal).</summary>
    Task<(string? Text, bool Refused)> CompleteAsync(IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken);
}

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>The model behind the layer: renders one of the templates of <c>prompts/</c> with the given values and returns the answer.</summary>
internal interface IPromptModel
{
    /// <summary>
    /// The answer's text (null when there is none) and whether the model refused (content filter or refusal).
    /// <paramref name="template"/> is the template's file name (<see cref="Prompts.PromptFiles"/>).
    /// </summary>
    Task<(string? Text, bool Refused)> CompleteAsync(string template, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken);
}

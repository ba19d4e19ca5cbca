namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// One situation description with the phase a careful reader gives it, and optionally a neighbouring
/// phase (<paramref name="Also"/>) that a careful reader could also defend: proposing either is right.
/// </summary>
/// <param name="Id">Unique within its set.</param>
/// <param name="FocusPoint">The focus point the text answers.</param>
/// <param name="Phase">The label, 1-3.</param>
/// <param name="Also">A defensible neighbouring phase, or null when the text is clear.</param>
/// <param name="Kind">How the text is written: plain, negation, contrast, within-between, hedge, short, typo, story (case for the shared cases).</param>
/// <param name="Text">What the respondent typed.</param>
public sealed record LabelledText(string Id, string FocusPoint, int Phase, int? Also, string Kind, string Text)
{
    /// <summary>
    /// How much it counts when the word weights are learned: the weight of its example file in
    /// <c>rules/examples/weights.json</c> (<see cref="ExampleWeights"/>), 1 for a file not named there. Not read from a line.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double Weight { get; init; } = 1;
}

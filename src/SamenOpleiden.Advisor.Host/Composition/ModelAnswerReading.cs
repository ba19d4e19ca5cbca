using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Rephrasing.Reading;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The conversation's second reader on the LLM layer: the model's phase and quote when its reading passed
/// the guard; nothing (the recogniser's "not sure") when the layer is off, fell back or said "onzeker".
/// </summary>
internal sealed partial class ModelAnswerReading(IAnswerReader reader, ILogger<ModelAnswerReading> logger) : IModelReading
{
    public bool IsActive => reader.IsEnabled;

    public async Task<ModelProposal?> ProposeAsync(string focusPointId, string answer, CancellationToken cancellationToken)
    {
        try
        {
            var reading = await reader.ReadAsync(new AnswerReadingRequest(focusPointId, answer), cancellationToken);
            return reading is { Outcome: AnswerReadingOutcome.Proposed, Phase: { } phase, Quote: { } quote } ? new ModelProposal(phase, quote) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The layer promises not to throw; should it anyway, an optional layer must not cost the respondent the turn.
            Failed(logger, e);
            return null;
        }
    }

    [LoggerMessage(EventId = 7009, Level = LogLevel.Error, Message = "Reading an answer failed unexpectedly; the recogniser's reading stands")]
    private static partial void Failed(ILogger logger, Exception exception);
}

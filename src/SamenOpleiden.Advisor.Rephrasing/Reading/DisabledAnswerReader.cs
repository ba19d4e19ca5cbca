namespace SamenOpleiden.Advisor.Rephrasing.Reading;

/// <summary>The layer off, or reading answers switched off: never any HTTP.</summary>
internal sealed class DisabledAnswerReader : IAnswerReader
{
    public bool IsEnabled => false;

    public Task<AnswerReading> ReadAsync(AnswerReadingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new AnswerReading(null, null, AnswerReadingOutcome.Disabled));
}

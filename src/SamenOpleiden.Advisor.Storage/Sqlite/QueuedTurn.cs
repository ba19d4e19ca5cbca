using SamenOpleiden.Advisor.Storage.Stores;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>A turn waiting in <see cref="SqliteTurnWriter"/>'s queue. Its task completes after the commit that holds the turn.</summary>
internal sealed class QueuedTurn(TurnToSave save)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TurnToSave Save { get; } = save;

    public Task<long> Saved => _completion.Task;

    /// <summary>The exception that refused this turn alone, or null once it is written in the transaction.</summary>
    public Exception? Refusal { get; set; }

    public void Complete()
    {
        if (Refusal is null)
        {
            _completion.TrySetResult(TurnStatements.VersionAfter(Save.Turn));
        }
        else
        {
            _completion.TrySetException(Refusal);
        }
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}

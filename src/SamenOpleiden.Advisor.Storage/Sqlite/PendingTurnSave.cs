using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// A turn waiting for its transaction, with its JSON already serialised on the caller's thread so the writer only
/// binds and steps statements. The task completes after the commit that holds the turn.
/// </summary>
internal sealed class PendingTurnSave(TurnRecord turn, string stateJson, string? repliesJson, string savedAt)
{
    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TurnRecord Turn { get; } = turn;

    public string StateJson { get; } = stateJson;

    public string? RepliesJson { get; } = repliesJson;

    public string SavedAt { get; } = savedAt;

    public Task<long> Saved => _completion.Task;

    /// <summary>The version this turn will have once committed, or the exception that refused it.</summary>
    public long Version { get; set; }

    public Exception? Refusal { get; set; }

    public void Complete()
    {
        if (Refusal is null)
        {
            _completion.TrySetResult(Version);
        }
        else
        {
            _completion.TrySetException(Refusal);
        }
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);
}

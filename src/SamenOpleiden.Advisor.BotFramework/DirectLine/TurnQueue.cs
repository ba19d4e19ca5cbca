namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Runs work one at a time per conversation, in arrival order, so a quick second message cannot
/// overtake the first; different conversations run in parallel. Finished queues are dropped.
/// </summary>
internal sealed class TurnQueue
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public Task Enqueue(string conversationId, Func<Task> work)
    {
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(conversationId) ?? Task.CompletedTask;
            var next = RunAfterAsync(previous, work);
            _tails[conversationId] = next;
            _ = next.ContinueWith(_ => Forget(conversationId, next), TaskScheduler.Default);
            return next;
        }
    }

    private void Forget(string conversationId, Task finished)
    {
        lock (_gate)
        {
            if (_tails.TryGetValue(conversationId, out var tail) && tail == finished)
            {
                _tails.Remove(conversationId);
            }
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> work)
    {
        await previous.ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        await Task.Yield();
        await work().ConfigureAwait(false);
    }
}

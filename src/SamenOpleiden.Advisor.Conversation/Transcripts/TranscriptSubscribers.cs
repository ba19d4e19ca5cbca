using System.Collections.Immutable;

namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>The handlers of an <see cref="ITranscriptNotifications"/>, safe to add, remove and call from any thread.</summary>
public sealed class TranscriptSubscribers
{
    private ImmutableArray<Action<TranscriptAppended>> _handlers = [];

    /// <summary>Adds a handler; disposing the result removes it.</summary>
    public IDisposable Add(Action<TranscriptAppended> handler)
    {
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(() => ImmutableInterlocked.Update(ref _handlers, list => list.Remove(handler)));
    }

    /// <summary>Calls every handler with <paramref name="appended"/>.</summary>
    public void Dispatch(TranscriptAppended appended)
    {
        foreach (var handler in _handlers)
        {
            handler(appended);
        }
    }

    private sealed class Subscription(Action remove) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                remove();
            }
        }
    }
}

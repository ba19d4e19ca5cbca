using System.Threading.Channels;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

/// <summary>
/// One socket's inbox: <c>null</c> means "the transcript grew, read it"; an activity is a transient
/// one to forward as is. Disposing it leaves the hub.
/// </summary>
internal sealed class StreamSubscription(string conversationId, Action<StreamSubscription> unsubscribe) : IDisposable
{
    private readonly Channel<Activity?> _signals = Channel.CreateUnbounded<Activity?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _collided = new();

    public string ConversationId { get; } = conversationId;

    public ChannelReader<Activity?> Signals => _signals.Reader;

    /// <summary>Cancelled when a newer socket took this conversation over.</summary>
    public CancellationToken Collided => _collided.Token;

    public void Signal(Activity? activity) => _signals.Writer.TryWrite(activity);

    public void Collide()
    {
        try
        {
            _collided.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already closed by its own socket: nothing to push out.
        }
    }

    public void Dispose()
    {
        unsubscribe(this);
        _signals.Writer.TryComplete();
        _collided.Dispose();
    }
}

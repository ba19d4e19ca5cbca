using System.Threading.Channels;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>What every <see cref="ITranscriptNotifications"/> must do: an announcement reaches every subscriber, until it unsubscribes.</summary>
public abstract class TranscriptNotificationsContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>The publishing side and the receiving side; the same object for in-process, two instances for a shared database.</summary>
    protected abstract (ITranscriptNotifications Publisher, ITranscriptNotifications Receiver) CreatePair();

    [Fact]
    public async Task PublishAsync_Announcement_ReachesTheSubscriberWithConversationAndWatermark()
    {
        var (publisher, receiver) = CreatePair();
        var received = Channel.CreateUnbounded<TranscriptAppended>();
        using var subscription = receiver.Subscribe(a => received.Writer.TryWrite(a));
        await WaitUntilListeningAsync(publisher, received.Reader);

        await publisher.PublishAsync("dl-é'1", 42, CancellationToken.None);

        Assert.Equal(new TranscriptAppended("dl-é'1", 42), await NextAsync(received.Reader, a => a.ConversationId == "dl-é'1"));
    }

    [Fact]
    public async Task Subscribe_Disposed_ReceivesNothingMore()
    {
        var (publisher, receiver) = CreatePair();
        var kept = Channel.CreateUnbounded<TranscriptAppended>();
        var gone = new List<TranscriptAppended>();
        using var keptSubscription = receiver.Subscribe(a => kept.Writer.TryWrite(a));
        receiver.Subscribe(a => { lock (gone) { gone.Add(a); } }).Dispose();
        await WaitUntilListeningAsync(publisher, kept.Reader);

        await publisher.PublishAsync("dl-2", 1, CancellationToken.None);
        await NextAsync(kept.Reader, a => a.ConversationId == "dl-2");

        lock (gone)
        {
            Assert.DoesNotContain(gone, a => a.ConversationId is not null);
        }
    }

    /// <summary>A listener may connect after Subscribe returns: probe until a probe arrives.</summary>
    private static async Task WaitUntilListeningAsync(ITranscriptNotifications publisher, ChannelReader<TranscriptAppended> received)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            await publisher.PublishAsync("probe", 0, timeout.Token);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            wait.CancelAfter(TimeSpan.FromMilliseconds(200));
            try
            {
                while (true)
                {
                    if ((await received.ReadAsync(wait.Token)).ConversationId == "probe")
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (!timeout.IsCancellationRequested)
            {
                // Not listening yet: probe again.
            }
        }
    }

    private static async Task<TranscriptAppended> NextAsync(ChannelReader<TranscriptAppended> received, Func<TranscriptAppended, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var next = await received.ReadAsync(timeout.Token);
            if (wanted(next))
            {
                return next;
            }
        }
    }
}

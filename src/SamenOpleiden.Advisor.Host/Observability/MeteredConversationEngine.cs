using System.Diagnostics;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>Counts and times every turn and logs one structured line per turn: conversation id, channel, outcome, duration; never the text.</summary>
internal sealed class MeteredConversationEngine(IConversationEngine inner, AdvisorMetrics metrics, ILogger<MeteredConversationEngine> logger) : IConversationEngine
{
    public async Task<IReadOnlyList<Reply>> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var outcome = "failed";
        try
        {
            var replies = await inner.HandleAsync(input, cancellationToken);
            outcome = "ok";
            return replies;
        }
        catch (Exception exception) when (StorageUnavailableException.Describes(exception))
        {
            outcome = "unavailable";
            throw;
        }
        finally
        {
            metrics.Turn(input.ChannelId, outcome, clock.Elapsed);
            logger.LogInformation("Turn {Outcome} in conversation {ConversationId} on {Channel} ({Kind}) after {ElapsedMs} ms",
                outcome, input.ConversationId, input.ChannelId, input.Kind, clock.ElapsedMilliseconds);
        }
    }
}

using System.Diagnostics;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>Counts and times every turn and logs a line per turn (<see cref="TurnLog"/>).</summary>
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
            if (outcome == "ok")
            {
                TurnLog.Answered(logger, input.ConversationId, input.ChannelId, input.Kind, clock.ElapsedMilliseconds);
            }
            else
            {
                TurnLog.NotAnswered(logger, outcome, input.ConversationId, input.ChannelId, input.Kind, clock.ElapsedMilliseconds);
            }
        }
    }
}

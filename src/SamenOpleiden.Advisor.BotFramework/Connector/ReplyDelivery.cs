using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>Delivers a turn's replies to the channel, in order.</summary>
internal interface IReplyDelivery
{
    Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);
}

/// <summary>
/// Sends replies one after the other so they arrive in order. A reply the channel refuses (after the client's retries)
/// is logged and kept in the <see cref="IUndeliveredReplyStore"/>; it never fails the turn, whose state is already saved.
/// </summary>
internal sealed class ReplyDelivery(IConnectorClient connector, IUndeliveredReplyStore undelivered, TimeProvider timeProvider, ILogger<ReplyDelivery> logger)
    : IReplyDelivery
{
    public async Task DeliverAsync(Activity inbound, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var serviceUrl = new Uri(inbound.ServiceUrl!);
        var conversationId = inbound.Conversation!.Id!;
        foreach (var reply in replies)
        {
            try
            {
                reply.Id = await connector.SendAsync(serviceUrl, conversationId, inbound.Id, reply, cancellationToken) ?? reply.Id;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException
                                      or Polly.Timeout.TimeoutRejectedException)
            {
                logger.LogError(e, "Could not deliver a reply to conversation {ConversationId} at {ServiceUrl}", conversationId, serviceUrl);
                await undelivered.KeepAsync(
                    new UndeliveredReply(timeProvider.GetUtcNow(), serviceUrl.AbsoluteUri, conversationId, inbound.Id, e.Message, reply),
                    CancellationToken.None);
            }
        }
    }
}

using SamenOpleiden.Advisor.Conversation;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>
/// The line per turn: conversation id, channel, kind, outcome, duration; never the text. Answered turns are counted by
/// the <c>advisor.turns</c> metric, so their line is Debug (at a few thousand turns a second a console line each cost
/// several percent of the CPU); turns that failed or met a storage outage stay visible at Warning.
/// </summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Turn ok in conversation {ConversationId} on {Channel} ({Kind}) after {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string conversationId, string channel, TurnKind kind, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Turn {Outcome} in conversation {ConversationId} on {Channel} ({Kind}) after {ElapsedMs} ms")]
    public static partial void NotAnswered(ILogger logger, string outcome, string conversationId, string channel, TurnKind kind, long elapsedMs);
}

using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>The response body for <c>deliveryMode: expectReplies</c>: the turn's replies, in order.</summary>
internal sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>What the HTTP edge answers the channel: a status and an optional JSON body.</summary>
internal sealed record ActivityResponse(int StatusCode, object? Body = null)
{
    public static ActivityResponse Ok { get; } = new(200);
}

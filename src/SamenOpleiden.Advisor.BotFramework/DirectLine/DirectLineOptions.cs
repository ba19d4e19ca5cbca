namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Settings of the built-in Direct Line 3.0 service (configuration section <c>DirectLine</c>).
/// Example: <c>{"DirectLine":{"Secret":"...","AllowedOrigins":["https://samenopleiden.example.nl"]}}</c>.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "DirectLine";

    /// <summary>
    /// The master key for server-to-server callers (never sent to a browser). When empty, a random
    /// secret is made per process, so only the page's token endpoint can open conversations.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Which bot answers: <c>advisor</c> (default) or <c>echo</c> (protocol tests only).</summary>
    public string Bot { get; set; } = "advisor";

    /// <summary>Origins of the sites that may embed the chat (CORS and the WebSocket origin check).</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The public base URL (e.g. behind a proxy) used for stream and attachment URLs; defaults to the request's host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How long a conversation token lives; clients refresh every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a <c>streamUrl</c> may be used to open its WebSocket.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>REST requests one IP address may make per minute (polling at 1/s needs 60).</summary>
    public int RequestsPerMinutePerIp { get; set; } = 600;

    /// <summary>Messages one conversation may post per minute.</summary>
    public int MessagesPerMinutePerConversation { get; set; } = 60;

    /// <summary>Page tokens one IP address may fetch per minute.</summary>
    public int TokensPerMinutePerIp { get; set; } = 30;

    /// <summary>
    /// The most a conversation's transcript may hold (payload bytes): a user's message that would take it past this is
    /// refused with 413, the bot's replies to accepted messages are always kept. A whole assessment takes about 200 kB.
    /// </summary>
    public long MaxTranscriptBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>The bot's id and display name on the activities it sends.</summary>
    public string BotId { get; set; } = "samenopleiden-advisor";

    /// <inheritdoc cref="BotId"/>
    public string BotName { get; set; } = "Samen Opleiden adviseur";
}

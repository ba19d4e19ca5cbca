namespace SamenOpleiden.Advisor.BotFramework;

/// <summary>
/// Limits every channel shares (configuration section <c>Channels</c>), so Teams' <c>/api/messages</c> and a web chat's
/// Direct Line refuse the same sizes. The dialog itself reads at most 1,000 characters of an answer.
/// </summary>
public sealed class ChannelLimits
{
    public const string Section = "Channels";

    /// <summary>The largest activity (request body) a channel accepts; larger ones get 413 before anything is stored.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The largest request body any channel endpoint reads: a Direct Line upload of two files of the largest kind with
    /// its activity. The host caps every request at this, so nothing reads more.
    /// </summary>
    public long MaxUploadBytes => (2 * DirectLine.AttachmentCache.MaxFileBytes) + MaxActivityBytes;
}

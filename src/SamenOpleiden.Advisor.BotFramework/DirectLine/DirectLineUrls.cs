using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Absolute URLs the clients are given. DirectLineJS opens <c>streamUrl</c> exactly as returned,
/// so behind a proxy the configured public base URL must be used rather than the request's host.
/// </summary>
internal sealed class DirectLineUrls(IOptions<DirectLineOptions> options)
{
    public string BaseUrl(HttpRequest request) =>
        options.Value.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string StreamUrl(HttpRequest request, string conversationId, long watermark, string streamToken)
    {
        var http = BaseUrl(request);
        var ws = http.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + http[8..] : "ws://" + http[7..];
        return $"{ws}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={ActivitySetJson.Watermark(watermark)}&t={Uri.EscapeDataString(streamToken)}";
    }

    public string AttachmentUrl(HttpRequest request, string attachmentId) =>
        $"{BaseUrl(request)}/v3/directline/attachments/{attachmentId}";
}

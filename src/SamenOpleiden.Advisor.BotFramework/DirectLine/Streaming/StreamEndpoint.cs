using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

/// <summary>
/// The <c>streamUrl</c>. Browsers cannot send headers on a WebSocket, so the URL carries a
/// short-lived stream token (<c>t</c>), and the <c>Origin</c> is checked here because CORS does not apply.
/// </summary>
internal static class StreamEndpoint
{
    public static void MapStream(this RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", ConnectAsync);

    private static async Task<IResult> ConnectAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineTokenService tokens,
        DirectLineConversations conversations, DirectLineStreamSession session, IOptions<DirectLineOptions> options)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadRequest("BadArgument", "This URL only accepts WebSocket connections.");
        }

        var check = tokens.Validate(t ?? string.Empty, DirectLineTokenService.StreamScope, out var claims);
        if (check == TokenCheck.Expired)
        {
            return DirectLineErrors.TokenExpired();
        }

        if (check != TokenCheck.Valid || claims!.ConversationId != conversationId || !OriginAllowed(context.Request, options.Value))
        {
            return DirectLineErrors.InvalidToken();
        }

        if (!await conversations.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await session.RunAsync(socket, conversationId, ActivitySetJson.ParseWatermark(watermark), context.RequestAborted);
        return Results.Empty;
    }

    private static bool OriginAllowed(HttpRequest request, DirectLineOptions options)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
                || options.AllowedOrigins.Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase)));
    }
}

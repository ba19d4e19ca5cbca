using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// <c>POST /api/webchat/token</c>: what a web page calls instead of holding the secret. Each call
/// gets a new conversation and a user id chosen here, so a page can never speak as someone else.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public static void MapWebChatToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/webchat/token", (DirectLineTokenService tokens) =>
            {
                var userId = "dl_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
                return Results.Json(TokenEndpoints.Issue(DirectLineConversations.NewConversationId(), userId, tokens));
            })
            .RequireCors(DirectLineCors.Policy)
            .RequireRateLimiting(DirectLineRateLimits.TokenPerIp);
}

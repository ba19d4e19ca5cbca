using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// <c>/tokens/generate</c> (secret holders mint a token for a new conversation) and
/// <c>/tokens/refresh</c> (a still-valid token buys a new one for the same conversation and user).
/// </summary>
internal static class TokenEndpoints
{
    public static void MapTokens(this RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.SecretRequired();
        }

        var body = await ConversationStartRequest.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.BadRequest("BadArgument", "The body is not valid JSON.");
        }

        return Results.Json(Issue(DirectLineConversations.NewConversationId(), body.UserId, tokens));
    }

    // DirectLineJS sends no body and no Content-Type here, so none is read.
    private static IResult Refresh(HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        return caller.Token is { } token
            ? Results.Json(Issue(token.ConversationId, token.UserId, tokens))
            : DirectLineErrors.BadRequest("BadArgument", "A secret never expires; only tokens are refreshed.");
    }

    public static TokenResponse Issue(string conversationId, string? userId, DirectLineTokenService tokens) =>
        new(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds, userId);
}

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
        group.MapPost("/tokens/refresh", RefreshAsync);
    }

    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens, ChannelLimits limits, CancellationToken cancellationToken)
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

        var (body, refusal) = await ConversationStartRequest.ReadAsync(request, limits, cancellationToken);
        if (body is null)
        {
            return refusal!;
        }

        return Results.Json(Issue(DirectLineConversations.NewConversationId(), body.UserId, tokens));
    }

    // DirectLineJS sends no body and no Content-Type here, so none is read. A token of an erased conversation buys nothing.
    private static async Task<IResult> RefreshAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineTokenService tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (caller.Token is not { } token)
        {
            return DirectLineErrors.BadRequest("BadArgument", "A secret never expires; only tokens are refreshed.");
        }

        return await conversations.WasErasedAsync(token.ConversationId, cancellationToken)
            ? DirectLineErrors.ConversationNotFound()
            : Results.Json(Issue(token.ConversationId, token.UserId, tokens));
    }

    public static TokenResponse Issue(string conversationId, string? userId, DirectLineTokenService tokens) =>
        new(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds, userId);
}

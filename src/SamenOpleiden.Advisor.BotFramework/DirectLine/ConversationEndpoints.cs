using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Starting a conversation and reconnecting to one (a fresh token and streamUrl).</summary>
internal static class ConversationEndpoints
{
    public static void MapConversations(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversations conversations,
        DirectLineTokenService tokens, DirectLineUrls urls, ChannelLimits limits, CancellationToken cancellationToken)
    {
        var caller = auth.Authenticate(request, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        var (body, refusal) = await ConversationStartRequest.ReadAsync(request, limits, cancellationToken);
        if (body is null)
        {
            return refusal!;
        }

        // A token is bound to one conversation: starting with it again returns that conversation (200), as Azure does.
        var conversationId = caller.Token?.ConversationId ?? DirectLineConversations.NewConversationId();
        if (await conversations.WasErasedAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var userId = caller.UserId ?? body.UserId;
        var created = await conversations.StartAsync(conversationId, userId, body.Locale, urls.BaseUrl(request), cancellationToken);
        var response = Describe(request, conversationId, userId, 0, tokens, urls);
        return created ? Results.Json(response, statusCode: StatusCodes.Status201Created) : Results.Json(response);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth,
        DirectLineConversations conversations, DirectLineTokenService tokens, DirectLineUrls urls, CancellationToken cancellationToken)
    {
        var caller = auth.AuthenticateFor(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            // An erased conversation stays gone: its old tokens read nothing and cannot start it again.
            if (caller.IsSecret || await conversations.WasErasedAsync(conversationId, cancellationToken))
            {
                return DirectLineErrors.ConversationNotFound();
            }

            // First use of a token that was issued but never started (e.g. a page that resumes at once).
            await conversations.StartAsync(conversationId, caller.UserId, null, urls.BaseUrl(request), cancellationToken);
        }

        return Results.Json(Describe(request, conversationId, caller.UserId, ActivitySetJson.ParseWatermark(watermark), tokens, urls));
    }

    private static ConversationResponse Describe(
        HttpRequest request, string conversationId, string? userId, long watermark, DirectLineTokenService tokens, DirectLineUrls urls) =>
        new(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds,
            urls.StreamUrl(request, conversationId, watermark, tokens.IssueStream(conversationId)));
}

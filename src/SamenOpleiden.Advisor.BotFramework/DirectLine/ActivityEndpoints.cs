using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Sending activities (answered at once with the id; the bot runs afterwards) and polling for them.</summary>
internal static class ActivityEndpoints
{
    public static void MapActivities(this RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/activities", PostAsync).RequireRateLimiting(DirectLineRateLimits.PerConversation);
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth,
        DirectLineConversations conversations, DirectLineUrls urls, CancellationToken cancellationToken)
    {
        var caller = auth.AuthenticateFor(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadRequest("BadArgument", "The body is not a valid activity.");
        }

        return await AcceptAsync(activity, caller, conversationId, request, conversations, urls, cancellationToken);
    }

    /// <summary>Checks and records a user's activity; shared by the JSON and the upload route.</summary>
    public static async Task<IResult> AcceptAsync(
        Activity? activity, DirectLineCaller caller, string conversationId, HttpRequest request,
        DirectLineConversations conversations, DirectLineUrls urls, CancellationToken cancellationToken)
    {
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadRequest("MissingProperty", "The activity needs a 'type'.");
        }

        // A token's user claim is the only identity its holder may speak as.
        if (caller.UserId is { } userId)
        {
            activity.From ??= new ChannelAccount();
            activity.From.Id = userId;
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return DirectLineErrors.BadRequest("MissingProperty", "The activity needs 'from.id'.");
        }

        var stored = await conversations.AcceptFromUserAsync(conversationId, activity, urls.BaseUrl(request), cancellationToken);
        return Results.Json(new { id = stored.Id });
    }

    private static async Task<IResult> GetAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth,
        DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var caller = auth.AuthenticateFor(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var (entries, last) = await conversations.ReadAfterAsync(conversationId, ActivitySetJson.ParseWatermark(watermark), cancellationToken);
        return Results.Text(ActivitySetJson.FromEntries(entries, last), "application/json");
    }
}

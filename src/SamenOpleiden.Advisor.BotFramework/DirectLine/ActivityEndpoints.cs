using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Conversation.Transcripts;

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
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, ChannelLimits limits,
        DirectLineConversations conversations, DirectLineUrls urls, CancellationToken cancellationToken)
    {
        var caller = auth.AuthenticateFor(request, conversationId, out var failure);
        if (caller is null)
        {
            return failure!;
        }

        // Read within the limit every channel shares, before anything is looked up or stored.
        var body = await RequestBody.ReadAsync(request, limits.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooLarge($"The activity is larger than {limits.MaxActivityBytes} bytes.");
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
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

        var client = ClientAddress.Of(request.HttpContext.Connection.RemoteIpAddress);
        var (status, stored) = await conversations.AcceptFromUserAsync(conversationId, activity, urls.BaseUrl(request), client, cancellationToken);
        return status switch
        {
            TranscriptAppendStatus.Appended => Results.Json(new { id = stored!.Id }),
            TranscriptAppendStatus.Full => DirectLineErrors.Error(StatusCodes.Status413PayloadTooLarge, "ConversationFull",
                "This conversation holds as much as it may; start a new one."),
            _ => DirectLineErrors.ConversationNotFound(),
        };
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

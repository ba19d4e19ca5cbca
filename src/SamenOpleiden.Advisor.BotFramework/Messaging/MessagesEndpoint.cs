using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Auth;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>
/// The HTTP edge of <c>POST /api/messages</c>. It only translates: 415 for a body that is not JSON, 413 above the size
/// limit every channel shares (<see cref="ChannelLimits"/>), 400 for malformed JSON or an activity without type, with a
/// blank or missing conversation or sender id, a blank activity id, or without a usable serviceUrl, 401 (empty) when
/// the channel token is not valid, 503 when it cannot be checked now; everything else is the processor's.
/// </summary>
internal sealed class MessagesEndpoint(
    ChannelLimits limits,
    IChannelRequestAuthenticator authenticator,
    IActivityProcessor processor,
    ILogger<MessagesEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        if (!request.HasJsonContentType())
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json.");
            return;
        }

        var body = await RequestBody.ReadAsync(request, limits.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {limits.MaxActivityBytes} bytes.");
            return;
        }

        var (activity, problem) = Parse(body);
        if (activity is null)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, problem!);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken);
        if (auth.CouldNotCheck)
        {
            // Not the caller's fault: 503 makes the channel deliver the activity again later instead of dropping it.
            logger.LogError("Could not check a {ActivityType} activity on channel {ChannelId}: {Reason}", activity.Type, activity.ChannelId, auth.FailureReason);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected a {ActivityType} activity on channel {ChannelId} from {RemoteIp}: {Reason}",
                activity.Type, activity.ChannelId, context.Connection.RemoteIpAddress, auth.FailureReason);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var response = await processor.ProcessAsync(activity, PublicBaseUri(request), cancellationToken);
        context.Response.StatusCode = response.StatusCode;
        if (response.Body is not null)
        {
            await context.Response.WriteAsJsonAsync(response.Body, response.Body.GetType(), ActivityJson.Options, cancellationToken);
        }
    }

    private static (Activity? Activity, string? Problem) Parse(byte[] body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return (null, "The body is not a valid activity JSON object.");
        }

        if (activity is null)
        {
            return (null, "The body is not a valid activity JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, "The activity has no conversation.id.");
        }

        // The sender's id keys the respondent's data; a blank one is a malformed activity, not a turn.
        if (string.IsNullOrWhiteSpace(activity.From?.Id) || IsBlank(activity.From.AadObjectId))
        {
            return (null, "The activity has no from.id.");
        }

        if (IsBlank(activity.Id))
        {
            return (null, "The activity's id is blank.");
        }

        // Replies go to serviceUrl unless they travel back in this response.
        var needsServiceUrl = activity.DeliveryMode != "expectReplies";
        if ((needsServiceUrl || activity.ServiceUrl is not null) && !IsHttpUrl(activity.ServiceUrl))
        {
            return (null, "The activity has no absolute http(s) serviceUrl.");
        }

        return (activity, null);
    }

    /// <summary>Present but empty or white space: an optional id that is given must be usable.</summary>
    private static bool IsBlank(string? id) => id is not null && string.IsNullOrWhiteSpace(id);

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static Uri PublicBaseUri(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private async Task RefuseAsync(HttpContext context, int statusCode, string problem)
    {
        logger.LogInformation("Refused a request to /api/messages with {StatusCode}: {Problem}", statusCode, problem);
        context.Response.StatusCode = statusCode;
        await context.Response.WriteAsJsonAsync(new { error = new { code = "BadArgument", message = problem } }, context.RequestAborted);
    }
}

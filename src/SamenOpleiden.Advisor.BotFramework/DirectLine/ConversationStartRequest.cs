using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// The optional JSON body of <c>POST /conversations</c> and <c>POST /tokens/generate</c>:
/// <c>{"user":{"id":"dl_..."},"locale":"nl-NL"}</c> (any casing, as Azure accepts).
/// </summary>
internal sealed record ConversationStartRequest(ChannelAccount? User, string? Locale)
{
    private static readonly ConversationStartRequest Empty = new(null, null);

    /// <summary>
    /// Reads the body: an empty one is fine; one above the size limit (413), malformed JSON or a blank user id (400) is
    /// refused with the response to send.
    /// </summary>
    public static async Task<(ConversationStartRequest? Request, IResult? Refusal)> ReadAsync(HttpRequest request, ChannelLimits limits, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, limits.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            return (null, DirectLineErrors.TooLarge($"The body is larger than {limits.MaxActivityBytes} bytes."));
        }

        if (body.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (Empty, null);
        }

        ConversationStartRequest parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<ConversationStartRequest>(body, ActivityJson.Options) ?? Empty;
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadRequest("BadArgument", "The body is not valid JSON."));
        }

        return parsed.User?.Id is { } id && string.IsNullOrWhiteSpace(id)
            ? (null, DirectLineErrors.BadRequest("MissingProperty", "The user id is blank."))
            : (parsed, null);
    }

    public string? UserId => User?.Id;
}

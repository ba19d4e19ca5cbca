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

    /// <summary>Reads the body; an empty body is fine, malformed JSON is not (null).</summary>
    public static async Task<ConversationStartRequest?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<ConversationStartRequest>(body, ActivityJson.Options) ?? Empty;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? UserId => string.IsNullOrWhiteSpace(User?.Id) ? null : User.Id;
}

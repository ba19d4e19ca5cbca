using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeilingEcho;

/// <summary>The few activity fields an echo needs; the rest of the inbound JSON is ignored.</summary>
internal sealed class EchoActivity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? ChannelId { get; set; }
    public string? Text { get; set; }
    public string? ReplyToId { get; set; }
    public string? DeliveryMode { get; set; }
    public JsonElement? From { get; set; }
    public JsonElement? Recipient { get; set; }
    public JsonElement? Conversation { get; set; }
}

/// <summary>The expectReplies response body.</summary>
internal sealed record EchoReplies(IReadOnlyList<EchoActivity> Activities);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EchoActivity))]
[JsonSerializable(typeof(EchoReplies))]
internal sealed partial class EchoJson : JsonSerializerContext;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SamenOpleiden.Advisor.Conversation.Replies;

/// <summary>
/// JSON for lists of <see cref="Reply"/> with a <c>$type</c> discriminator, so stored replies
/// come back as the same records (a redelivered input is answered with exactly what was said).
/// </summary>
public static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddReplyTypes } },
    };

    public static string Serialize(IReadOnlyList<Reply> replies) => JsonSerializer.Serialize(replies, Options);

    public static IReadOnlyList<Reply> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<Reply>>(json, Options) ?? [];

    private static void AddReplyTypes(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Reply))
        {
            return;
        }

        typeInfo.PolymorphismOptions = new JsonPolymorphismOptions
        {
            DerivedTypes =
            {
                new JsonDerivedType(typeof(TextReply), "text"),
                new JsonDerivedType(typeof(QuestionReply), "question"),
                new JsonDerivedType(typeof(SummaryReply), "summary"),
                new JsonDerivedType(typeof(AdviceStepReply), "adviceStep"),
                new JsonDerivedType(typeof(ReportLinkReply), "reportLink"),
                new JsonDerivedType(typeof(ResultReply), "result"),
                new JsonDerivedType(typeof(FormReply), "form"),
            },
        };
    }
}

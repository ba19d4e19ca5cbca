using System.Globalization;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>
/// What a pressed card button or a sent form brought back in an activity's <c>value</c>: a choice (<c>{"choice": …}</c>,
/// or a bare string from a Web Chat postBack) or a form's values (<c>{"form": name, field: value, …}</c>).
/// </summary>
internal sealed record CardSubmission(string? Choice, IReadOnlyDictionary<string, string>? Values)
{
    /// <summary>The submission in <paramref name="value"/>, or null when it carries neither a choice nor a form.</summary>
    public static CardSubmission? Read(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.String } text:
                return new CardSubmission(text.GetString(), null);
            case { ValueKind: JsonValueKind.Object } data when data.TryGetProperty(FormReply.FormKey, out var form) && form.ValueKind == JsonValueKind.String:
                return new CardSubmission(null, FormValues(data));
            case { ValueKind: JsonValueKind.Object } data when data.TryGetProperty(CardSubmitData.ChoiceKey, out var choice) && choice.ValueKind == JsonValueKind.String:
                return new CardSubmission(choice.GetString(), null);
            default:
                return null;
        }
    }

    /// <summary>Every input value as text, as a typed answer would be; nested objects (such as <c>msteams</c>) are not inputs.</summary>
    private static Dictionary<string, string> FormValues(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            string? text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.TryGetDecimal(out var number) ? number.ToString(CultureInfo.InvariantCulture) : property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (text is not null)
            {
                values[property.Name] = text;
            }
        }

        return values;
    }
}

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>Bodies of <c>adaptiveCard/action</c> invoke responses (Teams Universal Actions).</summary>
internal static class InvokeResponses
{
    public static object Message(string text) =>
        new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = text };

    public static object BadRequest(string text) =>
        new { statusCode = 400, type = "application/vnd.microsoft.error", value = new { code = "BadRequest", message = text } };
}

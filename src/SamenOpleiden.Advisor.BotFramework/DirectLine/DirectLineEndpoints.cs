using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Maps Direct Line 3.0 at <c>/v3/directline</c> and the page's token endpoint.</summary>
public static class DirectLineEndpoints
{
    /// <summary>Adds the middleware Direct Line needs (WebSockets, CORS, rate limits) and its endpoints.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();

        var group = app.MapGroup("/v3/directline").RequireCors(DirectLineCors.Policy).AddEndpointFilter(RefuseBlankConversationId);
        group.MapConversations();
        group.MapActivities();
        group.MapUploads();
        group.MapTokens();
        group.MapStream();
        app.MapWebChatToken();
        return app;
    }

    // "/conversations/%20/activities" routes with a blank id; it names no conversation, so it is a bad request.
    private static ValueTask<object?> RefuseBlankConversationId(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.RouteValues.TryGetValue("conversationId", out var id) && string.IsNullOrWhiteSpace(id as string)
            ? ValueTask.FromResult<object?>(DirectLineErrors.BadRequest("MissingProperty", "The conversation id is empty."))
            : next(context);
}

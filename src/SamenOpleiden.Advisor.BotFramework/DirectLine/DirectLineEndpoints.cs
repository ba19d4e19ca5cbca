using Microsoft.AspNetCore.Builder;
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

        var group = app.MapGroup("/v3/directline").RequireCors(DirectLineCors.Policy);
        group.MapConversations();
        group.MapActivities();
        group.MapUploads();
        group.MapTokens();
        group.MapStream();
        app.MapWebChatToken();
        return app;
    }
}

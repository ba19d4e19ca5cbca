using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Host.Web.Assets;

namespace SamenOpleiden.Advisor.Host.Web.WebChat;

/// <summary>
/// The landing page with the embedded Web Chat (served from <c>wwwroot</c> next to the executable, including the
/// self-hosted Web Chat bundle in <c>wwwroot/lib</c>, compressed and cacheable by content hash) and the Direct Line service.
/// </summary>
internal static class WebChatEndpoints
{
    public static WebApplication MapWebChat(this WebApplication app)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        app.UseMiddleware<WebAssetsMiddleware>(new Lazy<WebAssetCatalog>(() => new WebAssetCatalog(webRoot)));
        app.MapDirectLine();
        return app;
    }
}

using Microsoft.Extensions.FileProviders;
using SamenOpleiden.Advisor.BotFramework.DirectLine;

namespace SamenOpleiden.Advisor.Host.Web.WebChat;

/// <summary>
/// The landing page with the embedded Web Chat (served from <c>wwwroot</c> next to the executable,
/// including the self-hosted Web Chat bundle in <c>wwwroot/lib</c>) and the Direct Line service.
/// </summary>
internal static class WebChatEndpoints
{
    public static WebApplication MapWebChat(this WebApplication app)
    {
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapDirectLine();
        return app;
    }
}

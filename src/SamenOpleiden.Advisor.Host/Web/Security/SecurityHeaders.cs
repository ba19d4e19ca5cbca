using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Host.Reports.Html;

namespace SamenOpleiden.Advisor.Host.Web.Security;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that lets only the service's own scripts run (the
/// landing page, Web Chat's bundle, embed.js; the reports' print button by its hash), no MIME sniffing, and
/// <c>frame-ancestors</c> limited to the service itself and the sites in <c>DirectLine:AllowedOrigins</c>, which may
/// embed it. Styles may be inline: Web Chat styles its elements at run time, the reports carry their stylesheet.
/// </summary>
internal static class SecurityHeaders
{
    // The only inline script the service writes: the reports' "Afdrukken of opslaan als PDF" button.
    private static readonly string PrintHandlerHash =
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(PrintButton.Handler))) + "'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var directLine = app.ApplicationServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var framers = string.Join(' ', directLine.AllowedOrigins.Select(origin => origin.TrimEnd('/')));
        var publicSocket = directLine.PublicBaseUrl is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var uri)
            ? $" {uri.GetLeftPart(UriPartial.Authority)} {SocketOrigin(uri.Scheme, uri.Authority)}"
            : "";
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = string.Concat(
                "default-src 'self'; ",
                "script-src 'self' 'unsafe-hashes' ", PrintHandlerHash, "; ",
                "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; ",
                // The streamUrl's WebSocket: same host, or the public address behind a proxy.
                "connect-src 'self' ", SocketOrigin(context.Request.Scheme, context.Request.Host.Value ?? ""), publicSocket, "; ",
                "object-src 'none'; base-uri 'none'; form-action 'self'; ",
                "frame-ancestors 'self'", framers.Length > 0 ? " " + framers : "");
            headers.XContentTypeOptions = "nosniff";
            // The report pages ask for no referrer at all; everything else gives other sites its origin only.
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
    }

    private static string SocketOrigin(string scheme, string authority) =>
        (string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? "wss://" : "ws://") + authority;
}

using System.Text;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>The frame of every report page (Dutch, UTF-8, inline stylesheet, no scripts from elsewhere) and HTML escaping.</summary>
internal static class HtmlPage
{
    /// <summary>The one inline script of the pages; the Content-Security-Policy allows it by its hash.</summary>
    public const string PrintHandler = "window.print()";

    /// <summary>The print button of the report and region pages.</summary>
    public const string PrintButton = "<button type=\"button\" class=\"primary\" onclick=\"" + PrintHandler + "\">Afdrukken of opslaan als PDF</button>\n";

    public static string Render(string title, string body)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append(ReportStylesheet.Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append(body)
            .Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A Dutch message page for 403/404: short, warm, and revealing nothing.</summary>
    public static string Message(string title, string text) =>
        Render(title, $"<p class=\"eyebrow\">Samen Opleiden Sterk in Onderwijsregio's</p>\n<h1>{E(title)}</h1>\n<p>{E(text)}</p>\n");

    /// <summary>Escapes text for HTML content and attribute values.</summary>
    public static string E(string? text) =>
        (text ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}

using Microsoft.AspNetCore.Components;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>
/// The report pages' stylesheet (<c>ReportStylesheet.css</c>, built into the assembly), read once and written into each
/// page's &lt;style&gt; rather than linked as a web asset: coordinators save, mail and archive reports and print them
/// later, and a saved page must look the same offline and after its link has expired, so it has to be one file.
/// </summary>
internal static class ReportStylesheet
{
    public static MarkupString Css { get; } = new(Read());

    private static string Read()
    {
        using var stream = typeof(ReportStylesheet).Assembly.GetManifestResourceStream("SamenOpleiden.Advisor.Host.Reports.Html.ReportStylesheet.css")
            ?? throw new InvalidOperationException("The report stylesheet is not built into the assembly.");
        var css = new StreamReader(stream).ReadToEnd();
        // Written unescaped into <style>: "</" there would end the element and turn the rest into page content.
        return css.Contains("</", StringComparison.Ordinal)
            ? throw new InvalidOperationException("The report stylesheet contains \"</\", which would end its <style> element.")
            : css;
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Host.Reports.Html;

namespace SamenOpleiden.Advisor.Host.Tests.Reports.Html;

/// <summary>Report pages as a browser reads them: rendered by the service's own renderer and parsed into a DOM.</summary>
internal static class PageDocument
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public static async Task<IDocument> RenderAsync<TPage>(Dictionary<string, object?> parameters)
        where TPage : IComponent =>
        Parse(await HtmlPage.RenderAsync<TPage>(Services, parameters));

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The table row of a focus point (phase table or spread table).</summary>
    public static IElement Row(IDocument page, string focusPointId) =>
        page.QuerySelector($"tr[data-focus-point='{focusPointId}']") ?? throw new InvalidOperationException($"no row for {focusPointId}");

    /// <inheritdoc cref="Row(IDocument, string)"/>
    public static IElement Row(string html, string focusPointId) => Row(Parse(html), focusPointId);

    /// <summary>Each cell of a row as the reader sees it.</summary>
    public static string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToArray();
}

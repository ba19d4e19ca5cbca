using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>
/// Renders the report pages (Razor components) with <see cref="HtmlRenderer"/>: static HTML, no interactivity and no
/// Blazor script, every value encoded by Razor. Rendering goes through the renderer's dispatcher and is awaited end to
/// end (nothing waits synchronously on a task, the answer is written asynchronously); the rendering itself is a fraction
/// of a millisecond of CPU per page (bench/reports.sh).
/// </summary>
internal static class HtmlPage
{
    public static async Task<string> RenderAsync<TPage>(IServiceProvider services, Dictionary<string, object?> parameters)
        where TPage : IComponent
    {
        // A renderer keeps every component it rendered until it is disposed: one per page, so nothing piles up.
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters));
            return page.ToHtmlString();
        });
    }

    /// <summary>An answer with the page, rendered when the answer is written.</summary>
    /// <param name="parameters">The page's parameters by name (<c>nameof</c> the component's properties).</param>
    public static IResult Result<TPage>(Dictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new PageResult<TPage>(parameters, statusCode);

    /// <summary>A Dutch message page for 403, 404 and 429: short, warm, and revealing nothing.</summary>
    public static IResult Message(string title, string text, int statusCode) =>
        Result<MessagePage>(new() { [nameof(MessagePage.Title)] = title, [nameof(MessagePage.Text)] = text }, statusCode);

    private sealed class PageResult<TPage>(Dictionary<string, object?> parameters, int statusCode) : IResult
        where TPage : IComponent
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var html = await RenderAsync<TPage>(httpContext.RequestServices, parameters);
            await Results.Content(html, "text/html; charset=utf-8", statusCode: statusCode).ExecuteAsync(httpContext);
        }
    }
}

using Microsoft.Net.Http.Headers;

namespace SamenOpleiden.Advisor.Host.Web.Assets;

/// <summary>
/// Serves the web root from <see cref="WebAssetCatalog"/>: at a hashed address for a year (<c>immutable</c>), at its
/// plain address (the page, <c>/embed.js</c> that other sites embed) revalidated with an ETag on every use; text as
/// brotli or gzip when the browser takes it. Anything else goes on to the next handler.
/// </summary>
internal sealed class WebAssetsMiddleware(RequestDelegate next, Lazy<WebAssetCatalog> catalog)
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        // Only "/" and file names can be assets: the catalog is not even read for the API's requests.
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || (path != "/" && !Path.HasExtension(path)))
        {
            return next(context);
        }

        path = path == "/" ? "/index.html" : path;
        return catalog.Value.AtHashedPath(path) is { } hashed ? ServeAsync(context, hashed, Immutable)
            : catalog.Value.AtPath(path) is { } asset ? ServeAsync(context, asset, Revalidate)
            : next(context);
    }

    private static async Task ServeAsync(HttpContext context, WebAsset asset, string cacheControl)
    {
        var (encoding, body) = Encoded(context.Request, asset);
        var etag = new EntityTagHeaderValue(encoding is null ? $"\"{asset.Hash}\"" : $"\"{asset.Hash}-{encoding}\"");
        var response = context.Response;
        response.Headers.CacheControl = cacheControl;
        response.Headers.ETag = etag.ToString();
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Tag == "*"))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Brotli, else gzip, when the browser accepts it and the content is text; otherwise as it is.</summary>
    private static (string? Encoding, byte[] Body) Encoded(HttpRequest request, WebAsset asset)
    {
        if (!IsText(asset.ContentType))
        {
            return (null, asset.Content);
        }

        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string coding) => accepted.Any(a => (a.Value == coding || a.Value == "*") && (a.Quality ?? 1) > 0)
            && !accepted.Any(a => a.Value == coding && a.Quality == 0);
        return Accepts("br") ? ("br", asset.Brotli) : Accepts("gzip") ? ("gzip", asset.Gzip) : (null, asset.Content);
    }

    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.Contains("javascript", StringComparison.Ordinal)
        || contentType.Contains("json", StringComparison.Ordinal) || contentType.Contains("svg", StringComparison.Ordinal);
}

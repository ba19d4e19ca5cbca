using SamenOpleiden.Advisor.Testing;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Host.Web.Assets;

namespace SamenOpleiden.Advisor.Host.Tests.Web.Assets;

/// <summary>The page and its scripts as a browser gets them: by content hash, compressed, cached, revalidated.</summary>
public sealed partial class WebAssetsTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");

    [Fact]
    public async Task ThePage_IsRevalidatedAndNamesItsStylesheetAndScriptByContentHash()
    {
        using var response = await Get("/", "br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebAssetsMiddleware.Revalidate, response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        var html = await Text(response);
        Assert.Matches(@"href=""/css/site\.[0-9a-f]{12}\.css""", html);
        Assert.Matches(@"src=""/embed\.[0-9a-f]{12}\.js""", html);
    }

    [Fact]
    public async Task TheWebChatBundle_AtItsHashedAddress_IsBrotliOrGzipAndCachedForAYear()
    {
        using var embed = await Get("/embed.js", "");
        var bundle = HashedBundle().Match(await Text(embed)).Value;
        var original = await (await Get("/lib/webchat.js", "")).Content.ReadAsByteArrayAsync();

        using var brotli = await Get(bundle, "gzip, deflate, br");
        using var gzip = await Get(bundle, "gzip");
        using var plain = await Get(bundle, "");

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.All(new[] { brotli, gzip, plain }, r => Assert.Equal(WebAssetsMiddleware.Immutable, r.Headers.CacheControl!.ToString()));
        Assert.All(new[] { brotli, gzip, plain }, r => Assert.Contains("Accept-Encoding", r.Headers.Vary));
        var brotliBytes = await brotli.Content.ReadAsByteArrayAsync();
        Assert.True(brotliBytes.Length * 4 < original.Length, $"brotli: {brotliBytes.Length} of {original.Length} bytes");
        Assert.Equal(original, Decompress(new BrotliStream(new MemoryStream(brotliBytes), CompressionMode.Decompress)));
        Assert.Equal(original, Decompress(new GZipStream(new MemoryStream(await gzip.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress)));
        Assert.Equal(original, await plain.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task EmbedJs_KeepsItsAddressForOtherSites_AndAnUnchangedCopyIsNotSentAgain()
    {
        using var first = await Get("/embed.js", "br");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/embed.js");
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await _app.CreateClient().SendAsync(request);

        Assert.Equal(WebAssetsMiddleware.Revalidate, first.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnAddressWithAnUnknownHash_IsNotFound()
    {
        using var response = await Get("/lib/webchat.000000000000.js", "br");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void ACompressedCopyThatDoesNotMatchItsFile_IsNotServed()
    {
        var root = Directory.CreateTempSubdirectory("webroot-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "big.js"), "console.log('nieuw');");
            using (var stale = new BrotliStream(File.Create(Path.Combine(root.FullName, "big.js.br")), CompressionLevel.Optimal))
            {
                stale.Write(Encoding.UTF8.GetBytes("console.log('oud');"));
            }

            var asset = new WebAssetCatalog(root.FullName).AtPath("/big.js")!;

            Assert.Equal("console.log('nieuw');", Encoding.UTF8.GetString(Decompress(new BrotliStream(new MemoryStream(asset.Brotli), CompressionMode.Decompress))));
            Assert.Null(new WebAssetCatalog(root.FullName).AtPath("/big.js.br"));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    public void Dispose() => _app.Dispose();

    private async Task<HttpResponseMessage> Get(string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await _app.CreateClient().SendAsync(request);
    }

    private static async Task<string> Text(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.Content.Headers.ContentEncoding.FirstOrDefault() switch
        {
            "br" => Encoding.UTF8.GetString(Decompress(new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress))),
            "gzip" => Encoding.UTF8.GetString(Decompress(new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))),
            _ => Encoding.UTF8.GetString(bytes),
        };
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }

    [GeneratedRegex(@"/lib/webchat\.[0-9a-f]{12}\.js")]
    private static partial Regex HashedBundle();
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.StaticFiles;

namespace SamenOpleiden.Advisor.Host.Web.Assets;

/// <summary>
/// The files of the web root (next to the executable), each with a content hash. Pages and scripts that name another
/// asset ("/css/site.css", '/lib/webchat.js') are served with that name replaced by the hashed address, so a browser
/// can keep every hashed file for a year and still gets a new one the moment its content changes.
/// </summary>
internal sealed class WebAssetCatalog
{
    /// <summary>Kinds of file in which references to other assets are rewritten.</summary>
    private static readonly string[] TextExtensions = [".html", ".js", ".css"];

    /// <summary>Compressed copies made at set-up; served for their file, never on their own.</summary>
    private static readonly string[] CompressedCopies = [".br", ".gz"];

    private readonly Dictionary<string, WebAsset> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WebAsset> _byHashedPath = new(StringComparer.Ordinal);

    public WebAssetCatalog(string webRoot)
    {
        var types = new FileExtensionContentTypeProvider();
        var files = Directory.Exists(webRoot)
            ? Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories)
                .Where(f => !CompressedCopies.Contains(System.IO.Path.GetExtension(f)))
                .ToDictionary(f => "/" + System.IO.Path.GetRelativePath(webRoot, f).Replace('\\', '/'), StringComparer.Ordinal)
            : [];
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        WebAsset Resolve(string path)
        {
            if (_byPath.TryGetValue(path, out var done))
            {
                return done;
            }

            if (!visiting.Add(path))
            {
                throw new InvalidOperationException($"Web assets refer to each other in a circle through {path}.");
            }

            var file = files[path];
            var content = File.ReadAllBytes(file);
            var rewritten = TextExtensions.Contains(System.IO.Path.GetExtension(file)) ? Rewrite(path, content, files.Keys, Resolve) : null;
            var contentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            var asset = new WebAsset(path, rewritten ?? content, contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal)
                ? contentType + "; charset=utf-8" : contentType, Hash(rewritten ?? content), rewritten is null ? file : null);
            _byPath[path] = asset;
            _byHashedPath[asset.HashedPath] = asset;
            return asset;
        }

        foreach (var path in files.Keys)
        {
            Resolve(path);
        }
    }

    /// <summary>The asset at a plain address (<c>/embed.js</c>), or null.</summary>
    public WebAsset? AtPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The asset at its hashed address (<c>/embed.1a2b3c4d5e6f.js</c>), or null.</summary>
    public WebAsset? AtHashedPath(string path) => _byHashedPath.GetValueOrDefault(path);

    public IEnumerable<WebAsset> All => _byPath.Values;

    /// <summary>The content with every quoted reference to another asset pointing at its hashed address; null when there is none.</summary>
    private static byte[]? Rewrite(string path, byte[] content, IEnumerable<string> assets, Func<string, WebAsset> resolve)
    {
        var text = Encoding.UTF8.GetString(content);
        var changed = false;
        foreach (var other in assets.Where(a => a != path))
        {
            foreach (var quote in new[] { '"', '\'' })
            {
                var reference = $"{quote}{other}{quote}";
                if (text.Contains(reference, StringComparison.Ordinal))
                {
                    text = text.Replace(reference, $"{quote}{resolve(other).HashedPath}{quote}", StringComparison.Ordinal);
                    changed = true;
                }
            }
        }

        return changed ? Encoding.UTF8.GetBytes(text) : null;
    }

    private static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..12];
}

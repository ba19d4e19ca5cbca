using System.IO.Compression;

namespace SamenOpleiden.Advisor.Host.Web.Assets;

/// <summary>
/// One file of the web root as it is served: its bytes (with references to other assets already pointing at their
/// hashed addresses), a content hash, the hashed address under which it never changes, and its compressed forms.
/// </summary>
internal sealed class WebAsset
{
    /// <summary>Files larger than this are compressed quickly rather than as small as possible when no precompressed copy fits.</summary>
    private const int SmallestSizeUpTo = 256 * 1024;

    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    public WebAsset(string path, byte[] content, string contentType, string hash, string? sourceFile)
    {
        Path = path;
        Content = content;
        ContentType = contentType;
        Hash = hash;
        var dot = path.LastIndexOf('.');
        HashedPath = dot > path.LastIndexOf('/') ? $"{path[..dot]}.{hash}{path[dot..]}" : $"{path}.{hash}";
        _brotli = new(() => Precompressed(sourceFile, ".br", s => new BrotliStream(s, CompressionMode.Decompress)) ?? Compress(s => new BrotliStream(s, Level)));
        _gzip = new(() => Precompressed(sourceFile, ".gz", s => new GZipStream(s, CompressionMode.Decompress)) ?? Compress(s => new GZipStream(s, Level)));
    }

    /// <summary>The address it is known by, e.g. <c>/lib/webchat.js</c>.</summary>
    public string Path { get; }

    /// <summary>The address with the content hash, e.g. <c>/lib/webchat.3f2a9c1b7d4e.js</c>: what is there never changes.</summary>
    public string HashedPath { get; }

    public byte[] Content { get; }

    public string ContentType { get; }

    public string Hash { get; }

    public byte[] Brotli => _brotli.Value;

    public byte[] Gzip => _gzip.Value;

    private CompressionLevel Level => Content.Length <= SmallestSizeUpTo ? CompressionLevel.SmallestSize : CompressionLevel.Optimal;

    private byte[] Compress(Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output))
        {
            stream.Write(Content);
        }

        return output.ToArray();
    }

    /// <summary>
    /// The copy <c>scripts/setup-web.sh</c> compressed at the highest level (e.g. <c>webchat.js.br</c>), when it
    /// decompresses to exactly this content; a stale or foreign copy is ignored.
    /// </summary>
    private byte[]? Precompressed(string? sourceFile, string extension, Func<Stream, Stream> decompressor)
    {
        var file = sourceFile + extension;
        if (sourceFile is null || !File.Exists(file))
        {
            return null;
        }

        var compressed = File.ReadAllBytes(file);
        try
        {
            using var input = decompressor(new MemoryStream(compressed));
            using var expanded = new MemoryStream(Content.Length);
            input.CopyTo(expanded);
            return expanded.GetBuffer().AsSpan(0, (int)expanded.Length).SequenceEqual(Content) ? compressed : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Uploaded files, kept in memory under unguessable ids so their <c>contentUrl</c> serves the bytes.
/// The advisor itself takes no files, so these are short-lived: the oldest are dropped past a total size.
/// </summary>
internal sealed class AttachmentCache
{
    public const long MaxFileBytes = 4 * 1024 * 1024;
    private const long MaxTotalBytes = 64 * 1024 * 1024;
    private readonly ConcurrentDictionary<string, StoredAttachment> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private long _totalBytes;

    public string Add(byte[] content, string contentType, string name)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _files[id] = new StoredAttachment(content, contentType, name);
        _order.Enqueue(id);
        Interlocked.Add(ref _totalBytes, content.Length);
        while (Interlocked.Read(ref _totalBytes) > MaxTotalBytes && _order.TryDequeue(out var oldest))
        {
            if (_files.TryRemove(oldest, out var dropped))
            {
                Interlocked.Add(ref _totalBytes, -dropped.Content.Length);
            }
        }

        return id;
    }

    public StoredAttachment? Find(string id) => _files.GetValueOrDefault(id);
}

/// <summary>One uploaded file.</summary>
internal sealed record StoredAttachment(byte[] Content, string ContentType, string Name);

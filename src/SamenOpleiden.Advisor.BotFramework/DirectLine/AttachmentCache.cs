using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Uploaded files, kept in memory under unguessable ids so their <c>contentUrl</c> serves the bytes.
/// The advisor itself takes no files, so these are short-lived: the oldest are dropped past a total size, and a
/// conversation's files go when the conversation is erased.
/// </summary>
internal sealed class AttachmentCache
{
    public const long MaxFileBytes = 4 * 1024 * 1024;
    private const long MaxTotalBytes = 64 * 1024 * 1024;
    private readonly ConcurrentDictionary<string, StoredAttachment> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private long _totalBytes;

    public string Add(string conversationId, byte[] content, string contentType, string name)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _files[id] = new StoredAttachment(conversationId, content, contentType, name);
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

    /// <summary>Drops every file uploaded in the conversation.</summary>
    public void Forget(string conversationId)
    {
        foreach (var (id, file) in _files)
        {
            if (file.ConversationId == conversationId && _files.TryRemove(id, out _))
            {
                Interlocked.Add(ref _totalBytes, -file.Content.Length);
            }
        }
    }
}

/// <summary>One uploaded file and the conversation it was uploaded in.</summary>
internal sealed record StoredAttachment(string ConversationId, byte[] Content, string ContentType, string Name);

using System.Text.Json;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>A reply the channel did not accept, with where it was meant to go and why it failed.</summary>
internal sealed record UndeliveredReply(
    DateTimeOffset FailedAt,
    string ServiceUrl,
    string ConversationId,
    string? ReplyToId,
    string Error,
    Activity Activity);

/// <summary>Keeps replies that could not be delivered, so nothing the bot said is lost and it can be resent.</summary>
internal interface IUndeliveredReplyStore
{
    Task KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken);

    Task<IReadOnlyList<UndeliveredReply>> ReadAllAsync(CancellationToken cancellationToken);
}

/// <summary>Appends undelivered replies as JSON lines to a file (<c>BotFramework:UndeliveredRepliesPath</c>).</summary>
internal sealed class FileUndeliveredReplyStore(BotFrameworkOptions options, ILogger<FileUndeliveredReplyStore> logger) : IUndeliveredReplyStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath { get; } = options.UndeliveredRepliesPath ?? Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "SamenOpleiden.Advisor", "undelivered-replies.jsonl");

    public async Task KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(reply, ActivityJson.Options) + "\n";
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // Not cancellable: a reply that failed once must not be lost a second time because the request ended.
            await File.AppendAllTextAsync(FilePath, line, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }

        logger.LogWarning("Kept an undelivered reply for conversation {ConversationId} in {Path}", reply.ConversationId, FilePath);
    }

    public async Task<IReadOnlyList<UndeliveredReply>> ReadAllAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var lines = await File.ReadAllLinesAsync(FilePath, cancellationToken);
        return lines.Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<UndeliveredReply>(l, ActivityJson.Options)!)
            .ToList();
    }
}

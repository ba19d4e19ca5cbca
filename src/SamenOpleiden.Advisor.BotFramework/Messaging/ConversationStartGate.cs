using System.Collections.Concurrent;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>
/// Teams announces one install twice: an <c>installationUpdate</c> (add) and a <c>conversationUpdate</c> with the bot in
/// <c>membersAdded</c>. Both mean "start", so the second within <see cref="Window"/> is dropped and the user is welcomed once.
/// </summary>
internal sealed class ConversationStartGate(TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _started = new(StringComparer.Ordinal);

    /// <summary>True when this conversation was not started within the window; records the start.</summary>
    public bool TryStart(string conversationId)
    {
        var now = timeProvider.GetUtcNow();
        if (_started.Count > PruneAbove)
        {
            foreach (var (id, at) in _started)
            {
                if (now - at >= Window)
                {
                    _started.TryRemove(id, out _);
                }
            }
        }

        var isNew = true;
        _started.AddOrUpdate(conversationId, now, (_, previous) =>
        {
            isNew = now - previous >= Window;
            return isNew ? now : previous;
        });
        return isNew;
    }
}

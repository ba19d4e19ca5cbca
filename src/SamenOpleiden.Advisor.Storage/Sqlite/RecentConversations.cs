using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// The state this process last committed per conversation, so the next turn skips the read and the deserialisation.
/// An entry is taken, not read: the turn that takes it owns the object and changes it in place, and a concurrent turn
/// on the same conversation reads the database and meets the version check. The writer puts entries back in commit
/// order. It assumes what the README states: one service
/// process per SQLite file (several instances run on PostgreSQL, which has no such cache); a stale entry from another
/// writer is refused by the version check and the turn runs again on the stored state.
/// </summary>
internal sealed class RecentConversations(int capacity = 4_096)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public StoredConversation? TryTake(string conversationKey) =>
        _entries.TryRemove(conversationKey, out var entry) ? new StoredConversation(entry.State, entry.Version) : null;

    /// <summary>Keeps the committed state; the turn that saved it no longer touches it (<see cref="IConversationStore.SaveTurnAsync"/>).</summary>
    public void Put(ConversationState state, long version)
    {
        _entries[state.ConversationKey] = new Entry(state, version, Interlocked.Increment(ref _clock));
        if (_entries.Count > capacity)
        {
            ForgetOldestHalf();
        }
    }

    public void ForgetRespondent(string respondentKey)
    {
        foreach (var (key, entry) in _entries)
        {
            if (entry.State.RespondentKey == respondentKey)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private void ForgetOldestHalf()
    {
        // Rare (once per capacity/2 new conversations), so a sort of a snapshot is cheap enough.
        var oldest = _entries.OrderBy(pair => pair.Value.LastPut).Take(_entries.Count / 2).Select(pair => pair.Key).ToList();
        foreach (var key in oldest)
        {
            _entries.TryRemove(key, out _);
        }
    }

    private sealed record Entry(ConversationState State, long Version, long LastPut);
}

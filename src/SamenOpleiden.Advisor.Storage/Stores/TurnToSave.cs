using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// A turn ready to be written: its JSON serialised and its time taken on the caller's thread, so whoever writes it
/// (SQLite's group-committing writer, or a PostgreSQL transaction) only binds and executes statements.
/// </summary>
/// <param name="RepliesJson">The replies, when the turn answers an activity (<see cref="TurnRecord.ActivityId"/>).</param>
/// <param name="SavedAt">The time of the save as a parameter value of the database.</param>
internal sealed record TurnToSave(TurnRecord Turn, string StateJson, string? RepliesJson, object SavedAt);

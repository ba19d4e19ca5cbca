using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>A store with the SQLite store's contract (versions, conflicts, replies per activity), kept in memory as JSON.</summary>
internal sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, (string Json, long Version)> _states = [];
    private readonly Dictionary<(string, string), (string Respondent, string Json)> _replies = [];
    private readonly List<FinishedAssessment> _assessments = [];

    public int Saves { get; private set; }

    public IReadOnlyList<FinishedAssessment> Assessments => _assessments;

    public ConversationState? StateOf(string conversationKey) =>
        _states.TryGetValue(conversationKey, out var s) ? ConversationStateJson.Deserialize(s.Json) : null;

    public Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(conversationKey, out var s) ? new StoredConversation(ConversationStateJson.Deserialize(s.Json), s.Version) : null);

    public Task<IReadOnlyList<Reply>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_replies.TryGetValue((conversationKey, activityId), out var r) ? ReplyJson.Deserialize(r.Json) : null);

    public Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        var key = turn.State.ConversationKey;
        var stored = _states.TryGetValue(key, out var s) ? s.Version : (long?)null;
        if (stored != turn.ExpectedVersion || (turn.ActivityId is { } a && _replies.ContainsKey((key, a))))
        {
            throw new ConversationConflictException(key);
        }

        var version = (stored ?? 0) + 1;
        _states[key] = (ConversationStateJson.Serialize(turn.State), version);
        if (turn.ActivityId is { } activity)
        {
            _replies[(key, activity)] = (turn.State.RespondentKey, ReplyJson.Serialize(turn.Replies));
        }

        if (turn.Assessment is { } assessment)
        {
            _assessments.Add(assessment);
        }

        Saves++;
        return Task.FromResult(version);
    }

    public Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        var states = _states.Where(s => ConversationStateJson.Deserialize(s.Value.Json).RespondentKey == respondentKey).Select(s => s.Key).ToList();
        states.ForEach(k => _states.Remove(k));
        var replies = _replies.Where(r => r.Value.Respondent == respondentKey).Select(r => r.Key).ToList();
        replies.ForEach(k => _replies.Remove(k));
        var assessments = _assessments.RemoveAll(a => a.RespondentKey == respondentKey);
        return Task.FromResult(new DeletionReport([new("replies", replies.Count), new("assessments", assessments), new("conversations", states.Count)]));
    }

    public Task<FinishedAssessment?> FindAssessmentAsync(string assessmentId, CancellationToken cancellationToken) =>
        Task.FromResult(_assessments.FirstOrDefault(a => a.Id == assessmentId));

    public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FinishedAssessment>>(_assessments.Where(a => a.RespondentKey == respondentKey).ToList());
}

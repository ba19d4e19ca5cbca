using SamenOpleiden.Advisor.Testing;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

/// <summary>
/// Chats through the host's real conversation engine (real SQLite stores, real rules) like a
/// respondent of a region: answers whatever is asked, in a bounded number of turns.
/// </summary>
internal sealed class RegionChatDriver(AdvisorHost app)
{
    private const int MaxTurns = 80;

    private readonly IConversationEngine _engine = app.Services.GetRequiredService<IConversationEngine>();
    private readonly IAssessmentEvaluator _evaluator = app.Services.GetRequiredService<IAssessmentEvaluator>();

    public Task<IReadOnlyList<Reply>> SayAsync(string conversationId, string userId, string? text) =>
        _engine.HandleAsync(
            new TurnInput(conversationId, userId, text is null ? TurnKind.ConversationStarted : TurnKind.Message, text, "test", Guid.NewGuid().ToString("N")),
            default);

    /// <summary>
    /// Joins with <paramref name="accessCode"/>, gives <paramref name="role"/>, answers phase 1 for every
    /// focus point except those in <paramref name="phases"/>, and asks for the report; returns the chat's replies.
    /// </summary>
    public async Task<List<Reply>> AssessAsync(string userId, string accessCode, string role, IReadOnlyDictionary<string, int> phases)
    {
        var conversationId = Guid.NewGuid().ToString("N");
        var transcript = new List<Reply>(await SayAsync(conversationId, userId, null));
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var question = transcript.OfType<QuestionReply>().Last();
            if (question.Text.StartsWith("Wat wil je nu doen", StringComparison.Ordinal))
            {
                transcript.AddRange(await SayAsync(conversationId, userId, "rapport"));
                return transcript;
            }

            transcript.AddRange(await SayAsync(conversationId, userId, AnswerTo(question, accessCode, role, phases)));
        }

        throw new InvalidOperationException("The conversation did not reach the result in " + MaxTurns + " turns.");
    }

    private string AnswerTo(QuestionReply question, string accessCode, string role, IReadOnlyDictionary<string, int> phases)
    {
        if (question.Text.Contains("regiocode", StringComparison.Ordinal))
        {
            return accessCode;
        }

        if (question.Text.StartsWith("Wat is jouw rol", StringComparison.Ordinal))
        {
            return role;
        }

        var focusPoint = _evaluator.Typology.FocusPoints.FirstOrDefault(f => question.Text.StartsWith(f.Name + "\n", StringComparison.Ordinal));
        if (focusPoint is not null)
        {
            return phases.GetValueOrDefault(focusPoint.Id, 1).ToString();
        }

        if (question.Choices.Any(c => c.Value == "houden"))
        {
            return "houden";
        }

        return question.Text.StartsWith("Op welke focuspunten", StringComparison.Ordinal) ? "geen" : "overslaan";
    }
}

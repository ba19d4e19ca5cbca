using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Wording;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>Talks to a real <see cref="ConversationEngine"/> on the real rules, like a channel would.</summary>
internal sealed class ChatDriver
{
    private int _activity;

    public ChatDriver(IConversationStore? store = null, IReportLinks? reportLinks = null, string conversationId = "c1", string userId = "u1", IAdviceWording? wording = null, IModelReading? modelReading = null)
    {
        Store = store ?? new InMemoryConversationStore();
        ConversationId = conversationId;
        UserId = userId;
        Engine = new ConversationEngine(Store, TestRules.Evaluator, TestRules.Recognizer, reportLinks ?? new NoReportLinks(), TimeProvider.System, wording: wording, modelReading: modelReading);
    }

    public IConversationStore Store { get; }

    public ConversationEngine Engine { get; }

    public string ConversationId { get; }

    public string UserId { get; }

    public string ConversationKey => $"test:{ConversationId}";

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    public async Task<IReadOnlyList<Reply>> StartAsync() =>
        Last = await Engine.HandleAsync(new TurnInput(ConversationId, UserId, TurnKind.ConversationStarted, null, "test", NextActivity()), CancellationToken.None);

    public async Task<IReadOnlyList<Reply>> SayAsync(string text) =>
        Last = await Engine.HandleAsync(new TurnInput(ConversationId, UserId, TurnKind.Message, text, "test", NextActivity()), CancellationToken.None);

    public async Task<ConversationState> StateAsync() => (await Store.LoadAsync(ConversationKey, CancellationToken.None))!.State;

    /// <summary>All text of the last replies, for "the bot said ..." assertions.</summary>
    public string LastText => string.Join("\n", Last.Select(ReplyText));

    public QuestionReply? LastQuestion => Last.OfType<QuestionReply>().LastOrDefault();

    public static string ReplyText(Reply reply) => reply switch
    {
        TextReply t => t.Text,
        QuestionReply q => q.Text + " " + string.Join(" | ", q.Choices.Select(c => c.Label)),
        SummaryReply s => s.Title + "\n" + string.Join("\n", s.Facts.Select(f => $"{f.Label}: {f.Value}")),
        AdviceStepReply a => a.Title + "\n" + string.Join("\n", a.Items.Select(i => i.Title)),
        ReportLinkReply r => r.Text + " " + r.Url,
        _ => reply.ToString(),
    };

    private string NextActivity() => $"act-{++_activity}";
}

using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>Talks to a real <see cref="ConversationEngine"/> on the real rules, like a channel would.</summary>
internal sealed class ChatDriver
{
    private int _activity;

    public ChatDriver(
        IConversationStore? store = null, IReportLinks? reportLinks = null, string conversationId = "c1", string userId = "u1", IAdviceWording? wording = null,
        bool showsForms = false, bool inGroup = false, IModelReading? modelReading = null, IAssessmentEvaluator? evaluator = null)
    {
        Store = store ?? new InMemoryConversationStore();
        ConversationId = conversationId;
        UserId = userId;
        ShowsForms = showsForms;
        InGroup = inGroup;
        Engine = new ConversationEngine(
            Store, evaluator ?? TestRules.Evaluator, TestRules.Recognizer, reportLinks ?? new NoReportLinks(), TimeProvider.System, wording: wording, modelReading: modelReading);
    }

    public IConversationStore Store { get; }

    public ConversationEngine Engine { get; }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>True for a channel that shows forms (Teams, Web Chat): the profile comes as one <see cref="FormReply"/>.</summary>
    public bool ShowsForms { get; }

    /// <summary>True when the chat is a group chat shared with others.</summary>
    public bool InGroup { get; }

    public string ConversationKey => InGroup ? $"test:{ConversationId}/person:{UserId}" : $"test:{ConversationId}";

    public IReadOnlyList<Reply> Last { get; private set; } = [];

    public async Task<IReadOnlyList<Reply>> StartAsync(string? text = null) => Last = await Engine.HandleAsync(Turn(TurnKind.ConversationStarted, text), CancellationToken.None);

    public async Task<IReadOnlyList<Reply>> SayAsync(string text) => Last = await Engine.HandleAsync(Turn(TurnKind.Message, text), CancellationToken.None);

    /// <summary>Sends a form as a channel does: every input's value, plus the form's name.</summary>
    public async Task<IReadOnlyList<Reply>> SendFormAsync(string form, IReadOnlyDictionary<string, string> values) =>
        Last = await Engine.HandleAsync(
            Turn(TurnKind.Message, null) with { Values = new Dictionary<string, string>(values) { [FormReply.FormKey] = form } },
            CancellationToken.None);

    /// <summary>The advice step shown last: on its own, or inside the result.</summary>
    public AdviceStepReply? ShownStep => Last.OfType<AdviceStepReply>().LastOrDefault() ?? Last.OfType<ResultReply>().LastOrDefault()?.Step;

    private TurnInput Turn(TurnKind kind, string? text) =>
        new(ConversationId, UserId, kind, text, "test", NextActivity()) { ShowsForms = ShowsForms, IsGroup = InGroup };

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
        ResultReply r => $"Typering: {r.Typering}\n{r.Summary}\n" + string.Join("\n", r.Phases.Select(f => $"{f.Label}: {f.Value}")) + $"\n{r.PhaseLegend}\n" + ReplyText(r.Step),
        FormReply f => f.Text + "\n" + string.Join("\n", f.Problems.Concat(f.Fields.Select(x => x.Label))),
        ReportLinkReply r => r.Text + " " + r.Url,
        _ => reply.ToString(),
    };

    private string NextActivity() => $"act-{++_activity}";
}

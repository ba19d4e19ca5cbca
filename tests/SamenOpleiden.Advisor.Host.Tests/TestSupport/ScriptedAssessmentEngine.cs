using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>
/// A stand-in conversation engine for channel tests: a welcome, three questions with progress
/// markers, then a typering summary, step-1 advice and a report link. It speaks the same reply
/// model as the real engine, so the page is tested exactly as it will render the real one.
/// </summary>
internal sealed class ScriptedAssessmentEngine : IConversationEngine
{
    public static readonly string[] Questions =
    [
        "Hoe ver is jullie gezamenlijke visie op opleiden?",
        "Hoe is de samenwerking georganiseerd?",
        "Hoe zijn de financiën geregeld?",
    ];

    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<Reply>> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == TurnKind.ConversationStarted)
        {
            _answered[input.ConversationId] = 0;
            return Reply(new TextReply("Welkom bij het adviesgesprek van **Samen Opleiden**!"), Question(0));
        }

        var answered = _answered.AddOrUpdate(input.ConversationId, 1, (_, count) => count + 1);
        return answered < Questions.Length
            ? Reply(Question(answered))
            : Reply(
                new SummaryReply("Jullie typering: groeiend netwerk", [new Fact("Visie", "fase 2"), new Fact("Organisatie", "fase 1"), new Fact("Financiën", "fase 2")]),
                new AdviceStepReply("Stap 1 — nu", [new AdviceItemView("Leg de samenwerking vast", "Van losse afspraken naar een netwerk", ["Plan een bestuurlijk overleg", "Stel een convenant op"], "bestuurders en opleiders", "binnen 3 maanden", null)], "Typ 'volgende stap' voor stap 2."),
                new ReportLinkReply("Open het rapport", "/reports/test-report"));
    }

    private static QuestionReply Question(int index) => new(
        Questions[index],
        [new Choice("Fase 1", "1", "We beginnen net"), new Choice("Fase 2", "2", "We zijn onderweg"), new Choice("Fase 3", "3", "Het staat stevig"), new Choice("Weet ik niet", "weet ik niet")],
        new Progress(index + 1, Questions.Length, $"vraag {index + 1} van {Questions.Length}"));

    private static Task<IReadOnlyList<Reply>> Reply(params Reply[] replies) => Task.FromResult<IReadOnlyList<Reply>>(replies);
}

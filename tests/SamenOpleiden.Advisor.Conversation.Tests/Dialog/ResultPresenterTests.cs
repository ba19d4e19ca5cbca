using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

/// <summary>What the respondent reads of the rules' result: the typering, the advice, "waarom", and how often a turn asks the rules.</summary>
public sealed class ResultPresenterTests
{
    [Fact]
    public async Task Result_Typering_NamesThePhaseOnceAndThenItsShape()
    {
        var chat = new ChatDriver();

        await PlayBinnenmerenAsync(chat);

        var result = chat.Last.OfType<Replies.ResultReply>().Single();
        Assert.Equal("Functioneel Verbonden", result.Typering);
        Assert.Equal("Voorop lopen financiën.", result.Summary);
    }

    [Fact]
    public async Task Result_AdviceItem_NamesItsLeadBesidesWhoTakesPart()
    {
        var chat = new ChatDriver();

        await PlayBinnenmerenAsync(chat);

        var placement = Assert.Single(chat.ShownStep!.Items, i => i.AdviceId == "solidariteit-plaatsing-krimp");
        Assert.Equal("voorzitter van het bestuurlijk overleg (trekker), met bestuurders, HR en regiocoördinator", placement.Who);
    }

    [Fact]
    public async Task Waarom_TellsTheReasonsInTheRegionsOwnWordsWithoutRuleIds()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("waarom");

        var why = chat.LastText;
        Assert.Contains("Jullie zijn een krimpregio en solidariteit staat op fase 1. In een krimpregio gaat het eerst om plaatsing en aanstelling", why);
        Assert.Contains("Van de 11 focuspunten met een fase staan er 1 op fase 2 en 10 op fase 1.", why);
        Assert.DoesNotMatch(@"\b(Advice|Priority|Phase|Typering|Roadmap)\.[A-Z]|regel `|versie", why);
    }

    [Fact]
    public async Task WaaromFocusPoint_TellsWhyItHasItsPhaseAndWhereItsAdviceIs()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("Waarom financiën?");

        // Financiën was chosen as 3 and adjusted to 2 after the follow-up: the reasons say so; its advice waits for the
        // steps of now, which go to the nine focus points on phase 1.
        var why = chat.LastText;
        Assert.StartsWith("Waarom financiën op fase 2 staat:", why);
        Assert.Contains("Jullie kozen fase 3 voor financiën en na de vervolgvraag bevestigden jullie fase 2", why);
        Assert.Contains("Het advies voor financiën komt na de stappen van nu: **Financier collectief en strategisch**", why);
        Assert.DoesNotContain("Waarom de typering", why);
    }

    [Fact]
    public async Task WaaromFocusPoint_NamedInASentence_IsFound()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("waarom staat HR op fase 1");

        Assert.StartsWith("Waarom HR op fase 1 staat:", chat.LastText);
        Assert.Contains("Het advies voor HR in stap 3: **Breng HR aan tafel bij Samen Opleiden**\n- HR staat op fase 1.", chat.LastText);
    }

    [Fact]
    public async Task WaaromStep_TellsThatStepsReasons_WhicheverStepIsShown()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("waarom stap 2");

        Assert.StartsWith("Waarom het advies van stap 2:", chat.LastText);
        Assert.Equal(1, (await chat.StateAsync()).StepShown);
    }

    [Fact]
    public async Task WaaromSomethingUnknown_SaysWhatCanBeAsked()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("waarom dit");

        Assert.Contains("Ik weet niet waar 'dit' op slaat", chat.LastText);
        Assert.Contains("'waarom financiën'", chat.LastText);
    }

    [Theory]
    [InlineData("stap 3", 3)]
    [InlineData("de tweede stap", 2)]
    public async Task StepNamed_IsShown(string text, int step)
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync(text);

        Assert.StartsWith($"Stap {step}", chat.ShownStep!.Title);
        Assert.Equal(step, (await chat.StateAsync()).StepShown);
    }

    [Fact]
    public async Task StepPastTheRoadmap_SaysHowManyStepsThereAre()
    {
        var chat = new ChatDriver();
        await PlayBinnenmerenAsync(chat);

        await chat.SayAsync("stap 4");

        Assert.Equal("Het advies heeft 3 stappen. Typ bijvoorbeeld 'stap 1'.", chat.LastText);
        Assert.Equal(1, (await chat.StateAsync()).StepShown);
    }

    [Fact]
    public async Task EveryTurn_AsksTheRulesAtMostOnce_AndNotBeforeTheLastFocusPointIsAnswered()
    {
        var evaluator = new CountingEvaluator(TestRules.Evaluator);
        var chat = new ChatDriver(evaluator: evaluator);
        var perTurn = new List<(string Slot, int Evaluations)>();

        await PlayBinnenmerenAsync(chat, async text =>
        {
            var slot = (await chat.StateAsync()).Current ?? "";
            var before = evaluator.Calls;
            await chat.SayAsync(text);
            perTurn.Add((slot, evaluator.Calls - before));
        });
        foreach (var command in new[] { "advies", "volgende stap", "volgende stap", "waarom", "samenvatting" })
        {
            var before = evaluator.Calls;
            await chat.SayAsync(command);
            perTurn.Add((command, evaluator.Calls - before));
        }

        Assert.All(perTurn, turn => Assert.InRange(turn.Evaluations, 0, 1));
        // The answer to the last focus point is the first the rules must see: its follow-up questions come from them.
        var lastFocusPoint = perTurn.FindLastIndex(t => t.Slot.StartsWith("fp:", StringComparison.Ordinal));
        Assert.All(perTurn.Take(lastFocusPoint).Where(t => t.Slot.StartsWith("profile:", StringComparison.Ordinal) || t.Slot.StartsWith("fp:", StringComparison.Ordinal)),
            turn => Assert.Equal(0, turn.Evaluations));
        Assert.Equal(0, perTurn.Single(t => t.Slot == "samenvatting").Evaluations);
    }

    // Binnenmeren with button answers: every focus point on phase 1 but financiën on 3, so the rules ask one follow-up,
    // which the respondent answers by adjusting financiën to phase 2.
    private static async Task PlayBinnenmerenAsync(ChatDriver chat, Func<string, Task>? say = null)
    {
        say ??= text => chat.SayAsync(text);
        string[] profile = ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig", "weet ik niet", "buiten", "overslaan", "ja", "schoolopleider"];
        await chat.StartAsync();
        for (var turn = 0; turn < 100; turn++)
        {
            var state = await chat.StateAsync();
            var (kind, argument) = Conversation.Dialog.Slots.Parse(state.Current!);
            var answer = kind switch
            {
                "profile" => profile[Conversation.Dialog.Profile.ProfileQuestions.All.ToList().FindIndex(q => q.Key == argument)],
                "fp" => argument == "financien" ? "3" : "1",
                "remark" => "overslaan",
                "followup" => "bijstellen",
                "ambition" => "geen",
                _ => null,
            };
            if (answer is null) return;
            await say(answer);
        }

        Assert.Fail("the dialog did not reach the result");
    }

    private sealed class CountingEvaluator(IAssessmentEvaluator inner) : IAssessmentEvaluator
    {
        public int Calls { get; private set; }

        public string RulesVersion => inner.RulesVersion;

        public TypologyModel Typology => inner.Typology;

        public IReadOnlyDictionary<string, FollowUpQuestion> FollowUpQuestions => inner.FollowUpQuestions;

        public AssessmentResult Evaluate(AssessmentInput input)
        {
            Calls++;
            return inner.Evaluate(input);
        }
    }
}

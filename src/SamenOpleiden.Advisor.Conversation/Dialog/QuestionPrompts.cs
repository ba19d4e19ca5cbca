using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Builds the question for a slot: its text, its buttons and where the respondent is.</summary>
internal sealed class QuestionPrompts(DialogServices services)
{
    public static readonly IReadOnlyList<Choice> ResultChoices =
    [
        new("Volgende stap", "volgende stap"),
        new("Waarom?", "waarom"),
        new("Samenvatting", "samenvatting"),
        new("Rapport", "rapport"),
    ];

    private static readonly IReadOnlyList<Choice> YesNo = [new("Ja", "ja"), new("Nee", "nee")];

    public void Ask(DialogTurn turn, string slot)
    {
        var (kind, argument) = Slots.Parse(slot);
        var typology = services.Typology;
        switch (kind)
        {
            case "profile":
                var question = Profile.ProfileQuestions.Find(argument)!;
                var index = Profile.ProfileQuestions.All.ToList().IndexOf(question) + 1;
                var total = Profile.ProfileQuestions.All.Count;
                turn.Add(new QuestionReply(question.Text, question.Choices, new Progress(index, total, $"regioprofiel {index} van {total}")));
                break;
            case Slots.RegionCode:
                turn.Add(new QuestionReply(DialogTexts.AskRegionCode, [new("Geen code", "geen")]));
                break;
            case "fp":
                turn.Add(FocusPointQuestion(typology.Get(argument)));
                break;
            case "remark":
                turn.Add(new QuestionReply(
                    $"Wil je een toelichting geven bij '{typology.Get(argument).Name}'? (of typ 'overslaan')",
                    [new("Overslaan", "overslaan")],
                    FocusPointProgress(typology.Get(argument))));
                break;
            case "followup":
                AskFollowUp(turn, argument);
                break;
            case Slots.Ambition:
                turn.Add(new QuestionReply(
                    "Op welke focuspunten willen jullie als eerste in beweging komen? Noem er een of meer, bijvoorbeeld 'HR en financiën', of typ 'geen'.",
                    [new("Geen voorkeur", "geen")]));
                break;
            default:
                turn.Add(new QuestionReply("Wat wil je nu doen? Je kunt ook 'wijzig <focuspunt>' typen.", ResultChoices));
                break;
        }
    }

    public QuestionReply FocusPointQuestion(FocusPoint focusPoint)
    {
        var choices = Enumerable.Range(1, focusPoint.Descriptors.Count)
            .Select(phase => PhaseChoice(focusPoint, phase))
            .Append(new Choice("Weet ik niet", "weet ik niet"))
            .ToList();
        return new QuestionReply(
            $"{focusPoint.Name}\n{focusPoint.Question}\nKies de fase die het best past, of beschrijf de situatie in je eigen woorden.",
            choices,
            FocusPointProgress(focusPoint));
    }

    /// <summary>Puts a reading of free text to the respondent: a proposal to confirm, or two phases to choose from.</summary>
    public void AskProposal(DialogTurn turn, PhaseRecognition recognition)
    {
        var focusPoint = services.Typology.Get(recognition.FocusPoint);
        var phase = recognition.Phase!.Value;
        if (recognition.Kind == RecognitionKind.Conflict)
        {
            var other = recognition.Alternatives[0];
            turn.Add(new QuestionReply(ProposalWording.Conflict(focusPoint, phase, other, recognition.Evidence), TwoPhases(focusPoint, phase, other), FocusPointProgress(focusPoint)));
            return;
        }

        turn.Add(new QuestionReply(ProposalWording.Proposal(focusPoint, phase, recognition.Evidence), YesNo, FocusPointProgress(focusPoint)));
    }

    /// <summary>After "ja" to two phases offered: asks which of the two.</summary>
    public void AskWhichOfTwo(DialogTurn turn, PendingProposal proposal)
    {
        var focusPoint = services.Typology.Get(proposal.FocusPoint);
        var other = proposal.Alternative!.Value;
        turn.Add(new QuestionReply($"Welke past het best: fase {proposal.Phase} of fase {other}?", TwoPhases(focusPoint, proposal.Phase, other), FocusPointProgress(focusPoint)));
    }

    public void AskConfirmation(DialogTurn turn, string text) => turn.Add(new QuestionReply(text, YesNo));

    private void AskFollowUp(DialogTurn turn, string followUpId)
    {
        var followUp = services.Evaluate(turn.State).FollowUps.FirstOrDefault(f => f.Id == followUpId);
        if (followUp is null)
        {
            turn.Say("Deze vervolgvraag is niet meer nodig.");
            return;
        }

        var current = turn.State.Answers.GetValueOrDefault(followUp.FocusPoint);
        var choices = new List<Choice>();
        if (current is { } phase)
        {
            choices.Add(new Choice($"Houden op fase {phase}", "houden"));
        }

        choices.Add(new Choice($"Bijstellen naar fase {followUp.SuggestedPhase}", "bijstellen"));
        turn.Add(new QuestionReply(followUp.Question, choices));
    }

    private IReadOnlyList<Choice> TwoPhases(FocusPoint focusPoint, int phase, int other) =>
        [.. new[] { phase, other }.Order().Select(p => PhaseChoice(focusPoint, p)), new Choice("Geen van beide", "nee")];

    private Choice PhaseChoice(FocusPoint focusPoint, int phase) =>
        new($"Fase {phase}: {focusPoint.DescriptorOf(phase)}", phase.ToString(), services.Typology.Phase(phase).Name);

    private Progress FocusPointProgress(FocusPoint focusPoint)
    {
        var index = services.Typology.IndexOf(focusPoint.Id) + 1;
        var total = services.Typology.FocusPoints.Count;
        return new Progress(index, total, $"vraag {index} van {total}");
    }
}

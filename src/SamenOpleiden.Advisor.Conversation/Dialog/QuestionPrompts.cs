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

    /// <summary>Below this confidence the proposal says it is unsure: the text also points at other phases.</summary>
    private const double DoubtBelow = 0.67;

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
            .Select(phase => new Choice($"Fase {phase}: {focusPoint.DescriptorOf(phase)}", phase.ToString(), services.Typology.Phase(phase).Name))
            .Append(new Choice("Weet ik niet", "weet ik niet"))
            .ToList();
        return new QuestionReply(
            $"{focusPoint.Name}\n{focusPoint.Question}\nKies de fase die het best past, of beschrijf de situatie in je eigen woorden.",
            choices,
            FocusPointProgress(focusPoint));
    }

    public void AskProposal(DialogTurn turn, PendingProposal proposal)
    {
        var focusPoint = services.Typology.Get(proposal.FocusPoint);
        var because = proposal.Evidence.Count == 0 ? "" : $" (ik las: {string.Join(", ", proposal.Evidence.Select(e => $"'{e}'"))})";
        var doubt = proposal.Confidence < DoubtBelow ? "Ik weet het niet helemaal zeker. " : "";
        turn.Add(new QuestionReply(
            $"{doubt}Bedoel je fase {proposal.Phase} — '{focusPoint.DescriptorOf(proposal.Phase)}'?{because} ja / nee",
            YesNo,
            FocusPointProgress(focusPoint)));
    }

    public void AskConfirmation(DialogTurn turn, string text) => turn.Add(new QuestionReply(text, YesNo));

    private void AskFollowUp(DialogTurn turn, string followUpId)
    {
        var followUp = services.Evaluate(turn).FollowUps.FirstOrDefault(f => f.Id == followUpId);
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

    private Progress FocusPointProgress(FocusPoint focusPoint)
    {
        var index = services.Typology.IndexOf(focusPoint.Id) + 1;
        var total = services.Typology.FocusPoints.Count;
        return new Progress(index, total, $"vraag {index} van {total}");
    }
}

using SamenOpleiden.Advisor.Conversation.Dialog.Profile;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Builds the question for a slot: its text, its buttons and where the respondent is.</summary>
internal sealed class QuestionPrompts(DialogServices services)
{
    /// <summary>What can be done with the advice shown: the next step, why, the report.</summary>
    public static readonly IReadOnlyList<Choice> AdviceChoices =
    [
        new("Volgende stap", "volgende stap"),
        new("Waarom?", "waarom"),
        new("Rapport", "rapport"),
    ];

    /// <summary>What can be done once the questions are done.</summary>
    public static readonly IReadOnlyList<Choice> ResultChoices = [.. AdviceChoices, new("Samenvatting", "samenvatting")];

    /// <summary>The name a channel sends back with the profile form's values (<see cref="FormReply.FormKey"/>).</summary>
    public const string ProfileFormName = "profile";

    private static readonly IReadOnlyList<Choice> YesNo = [new("Ja", "ja"), new("Nee", "nee")];

    public void Ask(DialogTurn turn, string slot)
    {
        var (kind, argument) = Slots.Parse(slot);
        var typology = services.Typology;
        switch (kind)
        {
            case "profile" when turn.ShowsForms && !turn.State.ProfileOneByOne:
                turn.Add(ProfileForm(turn));
                break;
            case "profile":
                var question = ProfileQuestions.Find(argument)!;
                var index = ProfileQuestions.All.ToList().IndexOf(question) + 1;
                var total = ProfileQuestions.All.Count;
                turn.Add(new QuestionReply(question.Text, question.Choices, new Progress(index, total, $"regioprofiel {index} van {total}"), question.AllowsSeveral));
                break;
            case Slots.RegionCode:
                turn.Add(new QuestionReply(DialogTexts.AskRegionCode, [new("Geen code", "geen")]));
                break;
            case "fp":
                turn.Add(FocusPointQuestion(typology.Get(argument)));
                break;
            case "remark":
                turn.Add(new QuestionReply(DialogTexts.AskRemark(typology.Get(argument).Name), [new("Geen toelichting", "nee")]));
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

    /// <summary>The profile as it stands, as label and value: shown after a sent form and before the profile is asked again.</summary>
    public SummaryReply ProfileSummary(RegionProfile profile) => new(DialogTexts.ProfileAsRead, ProfileQuestions.Facts(profile));

    /// <summary>The profile as one form, filled in with what is known (or with what was just sent, when it had problems).</summary>
    public FormReply ProfileForm(DialogTurn turn, IReadOnlyDictionary<string, string>? sent = null, IReadOnlyList<string>? problems = null) =>
        new(ProfileFormName, DialogTexts.ProfileForm,
            ProfileQuestions.All.Select(q => new FormField(
                q.Key, q.Form.Label, q.Form.Kind, q.Form.Choices ?? [],
                sent?.GetValueOrDefault(q.Key) ?? q.Form.Value(turn.State.Profile),
                q.Form.Required, q.Form.ErrorMessage, q.Form.Min, q.Form.Max, q.Form.Placeholder)).ToList(),
            "Verstuur",
            problems ?? []);

    /// <summary>Short buttons ("Fase 2"), each phase's descriptor as the choice's description, shown beside them.</summary>
    public QuestionReply FocusPointQuestion(FocusPoint focusPoint)
    {
        var choices = Enumerable.Range(1, focusPoint.Descriptors.Count)
            .Select(phase => PhaseChoice(focusPoint, phase))
            .Append(new Choice("Weet ik niet", "weet ik niet"))
            .ToList();
        var progress = FocusPointProgress(focusPoint);
        var hint = progress.Current == 1 ? $"\n{DialogTexts.RemarkHint}" : "";
        return new QuestionReply(
            $"{focusPoint.Name}\n{focusPoint.Question}\nKies de fase die het best past, of beschrijf de situatie in je eigen woorden.{hint}",
            choices,
            progress);
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

    /// <summary>"zelfde als de vorige vraag": the phase of <paramref name="previous"/> proposed for <paramref name="focusPoint"/>.</summary>
    public void AskAsBefore(DialogTurn turn, FocusPoint focusPoint, FocusPoint previous, int phase) =>
        turn.Add(new QuestionReply(ProposalWording.AsBefore(focusPoint, previous, phase), YesNo, FocusPointProgress(focusPoint)));

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

    private IReadOnlyList<Choice> TwoPhases(FocusPoint focusPoint, int phase, int other) =>
        [.. new[] { phase, other }.Order().Select(p => PhaseChoice(focusPoint, p)), new Choice("Geen van beide", "nee")];

    /// <summary>A short button title; the descriptor goes in the card's body, where it is not cut off.</summary>
    private static Choice PhaseChoice(FocusPoint focusPoint, int phase) =>
        new($"Fase {phase}", phase.ToString(), focusPoint.DescriptorOf(phase));

    private Progress FocusPointProgress(FocusPoint focusPoint)
    {
        var index = services.Typology.IndexOf(focusPoint.Id) + 1;
        var total = services.Typology.FocusPoints.Count;
        return new Progress(index, total, $"vraag {index} van {total}");
    }
}

using SamenOpleiden.Advisor.Conversation.Dialog.Profile;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Reads an answer to the current question. An answer it cannot read changes nothing and the question is asked again.</summary>
internal sealed class AnswerHandler(DialogServices services, SlotFlow flow, QuestionPrompts prompts, AmbitionParser ambition)
{
    /// <summary>An answer of fewer words ("4", "ja") is not a description a second reader could read.</summary>
    private const int MinWordsToRead = 2;

    public void Handle(DialogTurn turn, string text)
    {
        var (kind, argument) = Slots.Parse(turn.State.Current ?? Slots.Result);
        switch (kind)
        {
            case "profile":
                HandleProfile(turn, ProfileQuestions.Find(argument)!, text);
                break;
            case Slots.RegionCode:
                HandleRegionCode(turn, text);
                break;
            case "fp":
                HandleFocusPoint(turn, argument, text);
                break;
            case "remark":
                HandleRemark(turn, argument, text);
                break;
            case "followup":
                HandleFollowUp(turn, argument, text);
                break;
            case Slots.Ambition:
                HandleAmbition(turn, text);
                break;
            default:
                turn.Say("Je bent klaar met de vragen. Typ 'volgende stap', 'waarom', 'rapport' of 'wijzig <focuspunt>'.");
                flow.Reask(turn);
                break;
        }
    }

    private void HandleProfile(DialogTurn turn, ProfileQuestion question, string text)
    {
        if (ProfileParsers.IsDontKnow(text))
        {
            flow.Advance(turn);
            return;
        }

        var answer = question.Parse(text);
        if (answer.Apply is null)
        {
            Reprompt(turn, answer.Error!);
            return;
        }

        turn.State.Profile = answer.Apply(turn.State.Profile);
        flow.Advance(turn);
    }

    private void HandleRegionCode(DialogTurn turn, string text)
    {
        if (ProfileParsers.IsDontKnow(text) || TextNormalizer.Normalize(text) is "geen" or "nee" or "geen code" or "nee geen" or "heb ik niet")
        {
            flow.Advance(turn);
            return;
        }

        // The engine looks the code up and then continues the dialog (RegionCodeStep).
        turn.RegionCodeRequest = text;
    }

    private void HandleFocusPoint(DialogTurn turn, string focusPointId, string text)
    {
        var state = turn.State;
        if (state.Proposal is { } proposal && proposal.FocusPoint == focusPointId && YesNo(text) is { } yes)
        {
            if (yes && proposal.Alternative is not null)
            {
                prompts.AskWhichOfTwo(turn, proposal);
                return;
            }

            state.Proposal = null;
            if (yes)
            {
                Record(turn, focusPointId, proposal.Phase);
                return;
            }

            turn.Say("Geen probleem. Kies dan de fase die het best past:");
            turn.Add(prompts.FocusPointQuestion(services.Typology.Get(focusPointId)));
            return;
        }

        var recognition = services.Recognizer.Recognise(focusPointId, text);
        switch (recognition.Kind)
        {
            case RecognitionKind.Exact:
                Record(turn, focusPointId, recognition.Phase);
                break;
            case RecognitionKind.DontKnow:
                Record(turn, focusPointId, null);
                break;
            case RecognitionKind.Proposal or RecognitionKind.Conflict:
                state.Proposal = new PendingProposal(
                    focusPointId,
                    recognition.Phase!.Value,
                    [.. recognition.Evidence.Select(e => e.Quote)],
                    recognition.Kind == RecognitionKind.Conflict ? recognition.Alternatives[0] : null);
                prompts.AskProposal(turn, recognition);
                break;
            default:
                state.Proposal = null;
                if (TextNormalizer.Words(text).Length >= MinWordsToRead)
                {
                    turn.UnreadAnswer = new UnreadAnswer(focusPointId, text, turn.Replies.Count);
                }

                Reprompt(turn, "Ik weet niet zeker welke fase daarbij past. Kies een van de fasen hieronder, of beschrijf het iets anders.");
                break;
        }
    }

    private void Record(DialogTurn turn, string focusPointId, int? phase)
    {
        turn.State.Answers[focusPointId] = phase;
        var focusPoint = services.Typology.Get(focusPointId);
        turn.Say(phase is { } p
            ? $"Genoteerd: {focusPoint.ShortName} in fase {p} — '{focusPoint.DescriptorOf(p)}'."
            : $"Genoteerd: {focusPoint.ShortName} — weet ik niet.");
        flow.Advance(turn);
    }

    private void HandleRemark(DialogTurn turn, string focusPointId, string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized is "nee" or "geen" or "nee dank je" or "nee bedankt")
        {
            flow.Advance(turn);
            return;
        }

        if (ProfileParsers.Text(text, 500) is not { } remark)
        {
            Reprompt(turn, "Een toelichting van hooguit 500 tekens graag, of typ 'overslaan'.");
            return;
        }

        turn.State.Remarks[focusPointId] = remark;
        flow.Advance(turn);
    }

    private void HandleFollowUp(DialogTurn turn, string followUpId, string text)
    {
        var followUp = services.Evaluate(turn.State).FollowUps.FirstOrDefault(f => f.Id == followUpId);
        if (followUp is null)
        {
            flow.Advance(turn);
            return;
        }

        var current = turn.State.Answers.GetValueOrDefault(followUp.FocusPoint);
        var normalized = TextNormalizer.Normalize(text);
        int? chosen = normalized switch
        {
            _ when EditDistance.IsClose(normalized, "houden") || normalized.StartsWith("houden", StringComparison.Ordinal) => current,
            _ when EditDistance.IsClose(normalized, "bijstellen") || normalized.StartsWith("bijstellen", StringComparison.Ordinal) => followUp.SuggestedPhase,
            _ when int.TryParse(normalized.Replace("fase ", ""), out var n) && (n == current || n == followUp.SuggestedPhase) => n,
            _ => null,
        };
        if (chosen is not { } phase)
        {
            Reprompt(turn, "Kies 'houden' of 'bijstellen'.");
            return;
        }

        turn.State.FollowUpAnswers[followUp.Id] = phase;
        flow.Advance(turn);
    }

    private void HandleAmbition(DialogTurn turn, string text)
    {
        var parsed = ambition.Parse(text);
        if (parsed.Error is { } error)
        {
            Reprompt(turn, error);
            return;
        }

        turn.State.Ambition = [.. parsed.FocusPoints];
        flow.Advance(turn);
    }

    private void Reprompt(DialogTurn turn, string message)
    {
        turn.Say(message);
        flow.Reask(turn);
    }

    private static bool? YesNo(string text) => TextNormalizer.Normalize(text) switch
    {
        "ja" or "jazeker" or "ja hoor" or "klopt" or "correct" or "yes" or "j" => true,
        "nee" or "neen" or "nee hoor" or "klopt niet" or "no" or "n" => false,
        _ => null,
    };
}

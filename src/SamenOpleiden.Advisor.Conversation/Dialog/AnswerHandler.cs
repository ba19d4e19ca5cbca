using SamenOpleiden.Advisor.Conversation.Dialog.Profile;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Reads an answer to the current question. An answer it cannot read changes nothing and the question is asked again.</summary>
internal sealed class AnswerHandler(DialogServices services, SlotFlow flow, QuestionPrompts prompts, AmbitionParser ambition)
{
    /// <summary>An answer of fewer words ("4", "ja") is not a description a second reader could read.</summary>
    private const int MinWordsToRead = 2;

    /// <summary>The longest remark kept with a focus point.</summary>
    public const int RemarkLength = 500;

    /// <summary>
    /// The profile form, sent whole: every field is read as if it had been typed; nothing is kept unless all can be read.
    /// At a profile question it answers the whole profile; later it updates the profile and the dialog carries on.
    /// </summary>
    public void HandleProfileForm(DialogTurn turn, IReadOnlyDictionary<string, string> values)
    {
        var profile = turn.State.Profile;
        var problems = new List<string>();
        foreach (var question in ProfileQuestions.All)
        {
            var value = values.GetValueOrDefault(question.Key)?.Trim();
            if (string.IsNullOrEmpty(value) || ProfileParsers.IsDontKnow(value))
            {
                if (question.Form.Required && string.IsNullOrWhiteSpace(question.Show(profile)))
                {
                    problems.Add(question.Form.ErrorMessage!);
                }

                continue;
            }

            var answer = question.Parse(value);
            if (answer.Apply is null)
            {
                problems.Add($"{question.Form.Label}: {answer.Error}");
                continue;
            }

            profile = answer.Apply(profile);
        }

        if (problems.Count > 0)
        {
            turn.Add(prompts.ProfileForm(turn, values, problems));
            return;
        }

        turn.State.Profile = profile;
        // A sent form leaves no message of the respondent's in the chat: the profile as read is shown instead, so a
        // wrong click can be seen and mended.
        turn.Add(prompts.ProfileSummary(profile));
        if (Slots.Parse(turn.State.Current ?? Slots.Result).Kind != "profile")
        {
            turn.Say(DialogTexts.ProfileUpdated);
            flow.Reask(turn);
            return;
        }

        foreach (var question in ProfileQuestions.All)
        {
            turn.MarkDone(Slots.Profile(question.Key));
        }

        turn.Say(DialogTexts.ProfileSaved);
        flow.Advance(turn);
    }

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
        // Typed where the form was shown: the rest of the profile comes one question at a time.
        turn.State.ProfileOneByOne = true;
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
        // An answer with a remark in one message: "Ja, maar het mbo doet nog niet mee" to a proposal, "2, maar HR doet nog niet mee".
        var split = AnswerWithRemark.Split(text);
        var (reply, remarkWithYes) = split is var (first, rest) && YesNo.Read(first) is true ? (first, rest) : (text, null);
        if (state.Proposal is { FocusPoint: var proposed } && proposed == focusPointId && YesNo.AfterALeadingNo(text) is { } instead)
        {
            // "nee, 2" or "klopt niet, het is eerder fase 1": the proposal is declined and what follows is the answer.
            state.Proposal = null;
            HandleFocusPoint(turn, focusPointId, instead);
            return;
        }

        if (state.Proposal is { } proposal && proposal.FocusPoint == focusPointId && YesNo.Read(reply) is { } yes)
        {
            var remarkKept = remarkWithYes is null ? null : ProfileParsers.Text(remarkWithYes, RemarkLength);
            if (remarkKept is not null)
            {
                state.Remarks[focusPointId] = remarkKept;
            }

            if (yes && proposal.Alternative is not null)
            {
                prompts.AskWhichOfTwo(turn, proposal);
                return;
            }

            state.Proposal = null;
            if (yes)
            {
                Record(turn, focusPointId, proposal.Phase, withRemark: remarkKept is not null);
                return;
            }

            turn.Say("Geen probleem. Kies dan de fase die het best past:");
            turn.Add(prompts.FocusPointQuestion(services.Typology.Get(focusPointId)));
            return;
        }

        if (split is var (answer, remark)
            && services.Recognizer.Recognise(focusPointId, answer) is { Kind: RecognitionKind.Exact or RecognitionKind.DontKnow } given
            && ProfileParsers.Text(remark, RemarkLength) is { } kept)
        {
            state.Remarks[focusPointId] = kept;
            Record(turn, focusPointId, given.Phase, withRemark: true);
            return;
        }

        if (SameAsBefore.Says(text))
        {
            ProposeAsBefore(turn, focusPointId, text);
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

                Reprompt(turn, IsPhaseNumberThatDoesNotExist(text)
                    ? "Er zijn drie fasen: kies 1, 2 of 3, of beschrijf de situatie in je eigen woorden."
                    : "Ik weet niet zeker welke fase daarbij past. Kies een van de fasen hieronder, of beschrijf het iets anders.");
                break;
        }
    }

    /// <summary>
    /// "zelfde als de vorige vraag": the phase of the focus point answered last, proposed for this one like any reading
    /// (confirmed, never assumed); with no phase to repeat the question is asked again, saying why.
    /// </summary>
    private void ProposeAsBefore(DialogTurn turn, string focusPointId, string text)
    {
        var state = turn.State;
        var previous = state.History.AsEnumerable().Reverse()
            .Select(slot => Slots.Parse(slot))
            .Where(slot => slot.Kind == "fp" && slot.Argument != focusPointId && state.Answers.ContainsKey(slot.Argument))
            .Select(slot => services.Typology.Get(slot.Argument))
            .FirstOrDefault();
        if (previous is null)
        {
            Reprompt(turn, DialogTexts.NothingBefore);
            return;
        }

        if (state.Answers[previous.Id] is not { } phase)
        {
            Reprompt(turn, DialogTexts.DontKnowBefore(previous.ShortName));
            return;
        }

        state.Proposal = new PendingProposal(focusPointId, phase, [text.Trim()]);
        prompts.AskAsBefore(turn, services.Typology.Get(focusPointId), previous, phase);
    }

    /// <summary>"4", "fase 0": a number given as a phase that the typology does not have.</summary>
    private static bool IsPhaseNumberThatDoesNotExist(string text)
    {
        var number = TextNormalizer.Words(text) switch { [var alone] => alone, ["fase", var afterFase] => afterFase, _ => null };
        return int.TryParse(number, out var phase) && phase is < 1 or > 3;
    }

    private void Record(DialogTurn turn, string focusPointId, int? phase, bool withRemark = false)
    {
        turn.State.Answers[focusPointId] = phase;
        var focusPoint = services.Typology.Get(focusPointId);
        var noted = phase is { } p
            ? $"Genoteerd: {focusPoint.ShortName} in fase {p} — '{focusPoint.DescriptorOf(p)}'."
            : $"Genoteerd: {focusPoint.ShortName} — weet ik niet.";
        turn.Say(withRemark ? $"{noted} {DialogTexts.RemarkKept}" : noted);
        flow.Advance(turn);
    }

    /// <summary>The remark asked for with <c>toelichting &lt;focuspunt&gt;</c>.</summary>
    private void HandleRemark(DialogTurn turn, string focusPointId, string text)
    {
        if (YesNo.Read(text) is false)
        {
            flow.Advance(turn);
            return;
        }

        if (ProfileParsers.Text(text, RemarkLength) is not { } remark)
        {
            Reprompt(turn, DialogTexts.RemarkTooLong);
            return;
        }

        turn.State.Remarks[focusPointId] = remark;
        turn.Say(DialogTexts.RemarkSaved(services.Typology.Get(focusPointId).ShortName));
        flow.Advance(turn);
    }

    private void HandleFollowUp(DialogTurn turn, string followUpId, string text)
    {
        // The question itself is known without evaluating the rules; the turn evaluates them once, after the answer.
        var followUp = services.Evaluator.FollowUpQuestions.GetValueOrDefault(followUpId);
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
}

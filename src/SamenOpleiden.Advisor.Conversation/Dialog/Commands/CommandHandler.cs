using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Dialog.Profile;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Commands;

/// <summary>Carries out a command wherever the respondent is, then brings them back to the question they were on.</summary>
internal sealed class CommandHandler(DialogServices services, SlotFlow flow, QuestionPrompts prompts, ResultPresenter results)
{
    /// <summary>What follows "wijzig" to change the region profile rather than a focus point.</summary>
    private static readonly HashSet<string> ProfileWords = new(["profiel", "regioprofiel", "het profiel", "het regioprofiel", "regio profiel"], StringComparer.Ordinal);

    public void Handle(DialogTurn turn, Command command)
    {
        var state = turn.State;
        switch (command.Kind)
        {
            case CommandKind.Help:
                turn.Say(DialogTexts.Help);
                flow.Reask(turn);
                break;
            case CommandKind.Explain:
                Explain(turn);
                break;
            case CommandKind.Back:
                if (!flow.Back(turn))
                {
                    turn.Say("Dit is de eerste vraag; verder terug kan niet.");
                    flow.Reask(turn);
                }

                break;
            case CommandKind.Change:
                Change(turn, command.Argument);
                break;
            case CommandKind.Remark:
                Remark(turn, command.Argument);
                break;
            case CommandKind.Skip:
                Skip(turn);
                break;
            case CommandKind.Summary:
                results.AnswersSoFar(turn);
                flow.Reask(turn);
                break;
            case CommandKind.Advice:
                WhenFinished(turn, () => ShowStep(turn, command.Argument.Length == 0 ? 1 : int.Parse(command.Argument, CultureInfo.InvariantCulture)));
                break;
            case CommandKind.NextStep:
                WhenFinished(turn, () => NextStep(turn));
                break;
            case CommandKind.Why when state.StepShown == 0:
                // Before the result there is no advice to explain: "waarom?" asks why this question is asked.
                Explain(turn);
                break;
            case CommandKind.Why:
                WhenFinished(turn, () => WhyAbout(turn, command.Argument));
                break;
            case CommandKind.OriginalText:
                WhenFinished(turn, () => RuleText(turn));
                break;
            case CommandKind.Report:
                WhenFinished(turn, () => Report(turn));
                break;
            case CommandKind.Restart:
                state.PendingConfirmation = PendingConfirmations.Restart;
                prompts.AskConfirmation(turn, DialogTexts.ConfirmRestart);
                break;
            case CommandKind.Delete:
                state.PendingConfirmation = PendingConfirmations.Delete;
                prompts.AskConfirmation(turn, DialogTexts.ConfirmDelete);
                break;
            case CommandKind.JoinRegion when command.Argument.Length == 0:
                turn.Say(DialogTexts.RegionCodeMissing);
                flow.Reask(turn);
                break;
            case CommandKind.JoinRegion:
                turn.RegionCodeRequest = command.Argument;
                break;
            case CommandKind.Greeting:
                turn.Say(DialogTexts.GreetingBack);
                flow.Reask(turn);
                break;
            case CommandKind.Thanks:
                // After the result nothing is waiting: the thanks is answered and the menu not shown again.
                turn.Say(DialogTexts.ThanksBack);
                if (state.Current != Slots.Result)
                {
                    flow.Reask(turn);
                }

                break;
        }
    }

    private void Change(DialogTurn turn, string argument)
    {
        if (argument.Length == 0)
        {
            turn.Say("Welk focuspunt wil je wijzigen? Typ bijvoorbeeld 'wijzig financiën'.\n" + FocusPointList());
            flow.Reask(turn);
            return;
        }

        if (ProfileWords.Contains(argument))
        {
            ChangeProfile(turn);
            return;
        }

        var focusPoint = services.FocusPoints.FindIn(argument);
        if (focusPoint is null)
        {
            turn.Say($"Ik ken geen focuspunt '{argument}'. Je kunt kiezen uit:\n" + FocusPointList());
            flow.Reask(turn);
            return;
        }

        flow.GoTo(turn, Slots.FocusPoint(focusPoint.Id));
    }

    /// <summary>
    /// "wijzig profiel": where forms are shown, the profile form comes back filled in and the current question stays open
    /// (a sent form updates the profile and asks it again); elsewhere the profile questions are asked again one by one,
    /// after the profile as it stands, and "weet ik niet" keeps an answer as it is.
    /// </summary>
    private void ChangeProfile(DialogTurn turn)
    {
        if (turn.ShowsForms)
        {
            turn.Add(prompts.ProfileForm(turn));
            return;
        }

        turn.Add(prompts.ProfileSummary(turn.State.Profile));
        turn.Say(DialogTexts.ProfileAgain);
        foreach (var question in ProfileQuestions.All)
        {
            turn.State.Done.Remove(Slots.Profile(question.Key));
        }

        flow.GoTo(turn, Slots.Profile(ProfileQuestions.All[0].Key));
    }

    /// <summary>
    /// "toelichting financiën: tekst" keeps the remark; without a focus point it belongs to the one asked now, else to
    /// the one answered last; without a text the bot asks for it.
    /// </summary>
    private void Remark(DialogTurn turn, string argument)
    {
        var colon = argument.IndexOf(':');
        var named = (colon >= 0 ? argument[..colon] : argument).Trim();
        var remark = colon >= 0 ? argument[(colon + 1)..].Trim() : "";
        var focusPoint = named.Length == 0 ? FocusPointInView(turn) : services.FocusPoints.Match(named);
        if (focusPoint is null && colon < 0)
        {
            // "toelichting HR doet nog niet mee": no focus point named, so all of it is the remark.
            (focusPoint, remark) = (FocusPointInView(turn), named);
        }

        if (focusPoint is null)
        {
            turn.Say(DialogTexts.RemarkWhere + "\n" + FocusPointList());
            flow.Reask(turn);
            return;
        }

        if (remark.Length == 0)
        {
            flow.GoTo(turn, Slots.Remark(focusPoint.Id));
            return;
        }

        if (ProfileParsers.Text(remark, AnswerHandler.RemarkLength) is not { } kept)
        {
            turn.Say(DialogTexts.RemarkTooLong);
            flow.Reask(turn);
            return;
        }

        turn.State.Remarks[focusPoint.Id] = kept;
        turn.Say(DialogTexts.RemarkSaved(focusPoint.ShortName));
        if (turn.State.AssessmentId is not null)
        {
            // The result was shown already: the stored assessment (and so the report) gets the remark too.
            results.Store(turn);
        }

        if (turn.State.Current != Slots.Result)
        {
            flow.Reask(turn);
        }
    }

    /// <summary>
    /// "uitleg" or "wat bedoel je?": at a focus point what it is about and its phases, at a follow-up why the rules ask it,
    /// after the result the reasons ("waarom"), elsewhere what the question is for; then the question again.
    /// </summary>
    private void Explain(DialogTurn turn)
    {
        var (kind, argument) = Slots.Parse(turn.State.Current ?? Slots.Result);
        if (kind == Slots.Result)
        {
            WhenFinished(turn, () => results.Why(turn));
            return;
        }

        turn.Say(kind switch
        {
            "fp" or "remark" when services.Typology.Find(argument) is { } focusPoint => DialogTexts.Explanation(focusPoint, services.Typology),
            "followup" when services.Evaluate(turn).FollowUps.FirstOrDefault(f => f.Id == argument) is { } followUp => DialogTexts.WhyFollowUp(followUp),
            Slots.Ambition => DialogTexts.ExplainAmbition,
            Slots.RegionCode => DialogTexts.ExplainRegionCode,
            _ => DialogTexts.ExplainProfile,
        });
        flow.Reask(turn);
    }

    /// <summary>The focus point being asked now, else the one answered last.</summary>
    private FocusPoint? FocusPointInView(DialogTurn turn)
    {
        var slot = Slots.Parse(turn.State.Current ?? "").Kind == "fp"
            ? turn.State.Current
            : turn.State.History.LastOrDefault(s => Slots.Parse(s).Kind == "fp");
        return slot is null ? null : services.Typology.Find(Slots.Parse(slot).Argument);
    }

    private void Skip(DialogTurn turn)
    {
        var (kind, argument) = Slots.Parse(turn.State.Current ?? Slots.Result);
        if (kind == Slots.Result)
        {
            turn.Say("Er is hier niets om over te slaan.");
            flow.Reask(turn);
            return;
        }

        if (kind == "fp")
        {
            // A skipped focus point is an unknown one: the rules handle "weet ik niet", not a missing answer.
            turn.State.Answers.TryAdd(argument, null);
        }

        if (kind == "profile" && turn.ShowsForms && !turn.State.ProfileOneByOne)
        {
            // The form was shown: skipping it skips the whole profile.
            foreach (var question in ProfileQuestions.All)
            {
                turn.MarkDone(Slots.Profile(question.Key));
            }
        }

        turn.Say("Overgeslagen.");
        flow.Advance(turn);
    }

    /// <summary>"waarom", "waarom stap 2", "waarom financiën": the reasons of the step shown, of another step or of one focus point.</summary>
    private void WhyAbout(DialogTurn turn, string argument)
    {
        if (argument.Length == 0)
        {
            results.Why(turn);
        }
        else if (StepReference.Parse(argument) is { } step)
        {
            results.WhyStep(turn, step);
        }
        else if (services.FocusPoints.FindIn(argument) is { } focusPoint)
        {
            results.WhyFocusPoint(turn, focusPoint);
        }
        else
        {
            turn.Say(DialogTexts.WhyAboutWhat(argument));
        }
    }

    /// <summary>"advies" or "stap 2": that step of the roadmap, if the rules made one.</summary>
    private void ShowStep(DialogTurn turn, int step)
    {
        var steps = services.Evaluate(turn).Steps.Count;
        if (step > steps)
        {
            turn.Say(DialogTexts.NoSuchStep(steps));
            return;
        }

        results.ShowStep(turn, step);
    }

    private void NextStep(DialogTurn turn)
    {
        var steps = services.Evaluate(turn).Steps.Count;
        if (turn.State.StepShown >= steps)
        {
            turn.Say("Dit was de laatste stap. Typ 'advies' om bij stap 1 te beginnen, of 'rapport' voor een rapport.");
            return;
        }

        results.ShowStep(turn, turn.State.StepShown + 1);
    }

    /// <summary>The step shown last again, and every later one, in the rules' own words (the wording step skips it).</summary>
    private void RuleText(DialogTurn turn)
    {
        turn.State.ShowRuleText = true;
        turn.Say(DialogTexts.RuleText(turn.State.StepShown));
        results.ShowStep(turn, turn.State.StepShown);
    }

    private static void Report(DialogTurn turn)
    {
        var state = turn.State;
        if (state.AssessmentId is { } id)
        {
            turn.ReportRequest = new FinishedAssessmentReference(id, state.ConversationKey, state.RespondentKey, state.RegionId);
        }
        else
        {
            turn.Say(DialogTexts.NoReport);
        }
    }

    /// <summary>Result commands work once the result was reached; before that they say so and repeat the question.</summary>
    private void WhenFinished(DialogTurn turn, Action show)
    {
        if (turn.State.StepShown == 0)
        {
            turn.Say(DialogTexts.NotYet);
            flow.Reask(turn);
            return;
        }

        show();
        if (turn.State.Current != Slots.Result)
        {
            flow.Reask(turn);
        }
    }

    private string FocusPointList() =>
        string.Join("\n", services.Typology.FocusPoints.Select(f => $"- {f.ShortName} ({f.Name})"));
}

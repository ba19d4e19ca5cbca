using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Commands;

/// <summary>Carries out a command wherever the respondent is, then brings them back to the question they were on.</summary>
internal sealed class CommandHandler(DialogServices services, SlotFlow flow, QuestionPrompts prompts, ResultPresenter results)
{
    public void Handle(DialogTurn turn, Command command)
    {
        var state = turn.State;
        switch (command.Kind)
        {
            case CommandKind.Help:
                turn.Say(DialogTexts.Help);
                flow.Reask(turn);
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
            case CommandKind.Skip:
                Skip(turn);
                break;
            case CommandKind.Summary:
                results.AnswersSoFar(turn);
                flow.Reask(turn);
                break;
            case CommandKind.Advice:
                WhenFinished(turn, () => results.ShowStep(turn, 1));
                break;
            case CommandKind.NextStep:
                WhenFinished(turn, () => NextStep(turn));
                break;
            case CommandKind.Why:
                WhenFinished(turn, () => results.Why(turn));
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

        var focusPoint = services.FocusPoints.Match(argument);
        if (focusPoint is null)
        {
            turn.Say($"Ik ken geen focuspunt '{argument}'. Je kunt kiezen uit:\n" + FocusPointList());
            flow.Reask(turn);
            return;
        }

        flow.GoTo(turn, Slots.FocusPoint(focusPoint.Id));
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

        turn.Say("Overgeslagen.");
        flow.Advance(turn);
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

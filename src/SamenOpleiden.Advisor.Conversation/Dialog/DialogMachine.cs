using SamenOpleiden.Advisor.Conversation.Dialog.Commands;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// The dialog, one turn at a time: guards the input, handles a pending "are you sure", then a
/// command, else an answer to the current question. Pure: it changes the given state and says
/// what to store; the engine loads and saves.
/// </summary>
internal sealed class DialogMachine
{
    private readonly SlotFlow _flow;
    private readonly QuestionPrompts _prompts;
    private readonly AnswerHandler _answers;
    private readonly CommandHandler _commands;
    private readonly string _privacy;

    public DialogMachine(DialogServices services)
    {
        _privacy = DialogTexts.PrivacyNotice(services.AdviceLeavesService, services.AnswersLeaveService);
        _prompts = new QuestionPrompts(services);
        var results = new ResultPresenter(services);
        _flow = new SlotFlow(services, _prompts, results);
        _answers = new AnswerHandler(services, _flow, _prompts, new AmbitionParser(services.FocusPoints));
        _commands = new CommandHandler(services, _flow, _prompts, results);
        RegionCodes = new RegionCodeStep(_flow);
    }

    /// <summary>Finishes a turn in which the respondent typed a region code, once the engine has looked it up.</summary>
    public RegionCodeStep RegionCodes { get; }

    public DialogTurn Handle(ConversationState state, TurnInput input)
    {
        var turn = new DialogTurn(state, input.ShowsForms, input.IsGroup);
        if (state.Current is null)
        {
            Start(turn);
            return turn;
        }

        var text = (input.Text ?? "").Trim();
        if (input.Kind == TurnKind.ConversationStarted)
        {
            // Opened again, e.g. by a mention in a group that moved to this 1:1 chat: a command in it is carried out, and
            // a greeting in it is answered by the welcome back.
            if (InputGuard.Problem(text) is null && CommandParser.Parse(text) is { Kind: not CommandKind.Greeting } opening)
            {
                _commands.Handle(turn, opening);
                return turn;
            }

            turn.Say(DialogTexts.WelcomeBack);
            _flow.Reask(turn);
            return turn;
        }

        if (input.Values is { } values && values.GetValueOrDefault(FormReply.FormKey) == QuestionPrompts.ProfileFormName)
        {
            HandleProfileForm(turn, values);
            return turn;
        }

        if (InputGuard.Problem(text) is { } problem)
        {
            turn.Say(problem);
            if (state.PendingConfirmation is { } waiting)
            {
                _prompts.AskConfirmation(turn, waiting == PendingConfirmations.Delete ? DialogTexts.ConfirmDelete : DialogTexts.ConfirmRestart);
            }
            else
            {
                _flow.Reask(turn);
            }

            return turn;
        }

        if (state.PendingConfirmation is { } pending)
        {
            state.PendingConfirmation = null;
            Confirm(turn, pending, text);
            return turn;
        }

        if (CommandParser.Parse(text) is { } command)
        {
            _commands.Handle(turn, command);
        }
        else
        {
            _answers.Handle(turn, text);
        }

        return turn;
    }

    private void HandleProfileForm(DialogTurn turn, IReadOnlyDictionary<string, string> values)
    {
        if (turn.State.PendingConfirmation is { } pending)
        {
            // Sending the form is not a "ja".
            turn.State.PendingConfirmation = null;
            Confirm(turn, pending, "");
            return;
        }

        // Every filled-in field passes the same guard as a typed message; empty fields are simply not given.
        if (values.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(InputGuard.Problem).FirstOrDefault(p => p is not null) is { } problem)
        {
            turn.Say(problem);
            _flow.Reask(turn);
            return;
        }

        _answers.HandleProfileForm(turn, values);
    }

    private void Start(DialogTurn turn)
    {
        turn.Say(DialogTexts.Welcome);
        turn.Say(_privacy);
        if (turn.IsGroup)
        {
            turn.Say(DialogTexts.InGroup);
        }

        turn.State.Current = _flow.NextOpen(turn);
        _flow.Reask(turn);
    }

    private void Confirm(DialogTurn turn, string pending, string text)
    {
        var yes = TextNormalizer.Normalize(text) is "ja" or "ja verwijder" or "ja graag" or "jazeker" or "ja hoor";
        if (!yes)
        {
            turn.Say(pending == PendingConfirmations.Delete ? DialogTexts.NothingDeleted : DialogTexts.NotRestarted);
            _flow.Reask(turn);
            return;
        }

        if (pending == PendingConfirmations.Delete)
        {
            turn.DeleteRespondent = true;
            return;
        }

        var state = turn.State;
        var fresh = new ConversationState { ConversationKey = state.ConversationKey, RespondentKey = state.RespondentKey };
        state.Profile = fresh.Profile;
        state.Answers = fresh.Answers;
        state.Remarks = fresh.Remarks;
        state.FollowUpAnswers = fresh.FollowUpAnswers;
        state.Ambition = fresh.Ambition;
        state.Done = fresh.Done;
        state.History = fresh.History;
        state.Proposal = null;
        state.StepShown = 0;
        state.AssessmentId = null;
        state.ShowRuleText = false;
        state.RegionId = null;
        state.Current = null;
        turn.Say("Alles is gewist. We beginnen opnieuw.");
        Start(turn);
    }
}

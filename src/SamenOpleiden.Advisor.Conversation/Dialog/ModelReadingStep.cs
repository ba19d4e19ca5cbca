using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// Runs after the dialog and before the turn is saved: when the recogniser could not read an answer, asks the
/// second reader (<see cref="IModelReading"/>) and, if it proposes a phase, puts that proposal to the
/// respondent instead of the choices, quoting the words it rests on. Without a proposal the turn stays as the
/// dialog made it, so a failing model goes unnoticed.
/// </summary>
internal sealed class ModelReadingStep(IModelReading reading, QuestionPrompts prompts)
{
    public bool Acts(DialogTurn turn) => reading.IsActive && turn.UnreadAnswer is not null;

    public async Task ApplyAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        if (!Acts(turn) || turn.UnreadAnswer is not { } unread)
        {
            return;
        }

        var proposal = await reading.ProposeAsync(unread.FocusPoint, unread.Text, cancellationToken);
        if (proposal is not { Phase: >= 1 and <= 3 } || turn.State.Current != Slots.FocusPoint(unread.FocusPoint))
        {
            return;
        }

        turn.Replies.RemoveRange(unread.RepliesFrom, turn.Replies.Count - unread.RepliesFrom);
        var evidence = new QuotedEvidence(proposal.Quote, proposal.Phase);
        turn.State.Proposal = new PendingProposal(unread.FocusPoint, proposal.Phase, [proposal.Quote]);
        prompts.AskProposal(turn, new PhaseRecognition(unread.FocusPoint, proposal.Phase, RecognitionKind.Proposal, 1, [], [evidence]));
    }
}

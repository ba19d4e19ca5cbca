namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// Which question comes next: the first slot that is not done — profile, then the phase per focus point (a remark
/// goes with the answer or comes later with <c>toelichting</c>), then the rules' open follow-ups, the ambition, and the result.
/// </summary>
internal sealed class SlotFlow(DialogServices services, QuestionPrompts prompts, ResultPresenter results)
{
    public string NextOpen(DialogTurn turn)
    {
        if (services.AsksRegionCode && !turn.IsDone(Slots.RegionCode))
        {
            return Slots.RegionCode;
        }

        foreach (var question in Profile.ProfileQuestions.All)
        {
            if (!turn.IsDone(Slots.Profile(question.Key)))
            {
                return Slots.Profile(question.Key);
            }
        }

        foreach (var focusPoint in services.Typology.FocusPoints)
        {
            if (!turn.IsDone(Slots.FocusPoint(focusPoint.Id)))
            {
                return Slots.FocusPoint(focusPoint.Id);
            }
        }

        var openFollowUp = services.Evaluate(turn).FollowUps
            .FirstOrDefault(f => f.Answer is null && !turn.IsDone(Slots.FollowUp(f.Id)));
        if (openFollowUp is not null)
        {
            return Slots.FollowUp(openFollowUp.Id);
        }

        return turn.IsDone(Slots.Ambition) ? Slots.Result : Slots.Ambition;
    }

    /// <summary>Marks the current question done and asks the next open one, or shows the result with what can be done next.</summary>
    public void Advance(DialogTurn turn)
    {
        var state = turn.State;
        if (state.Current is { } current)
        {
            turn.MarkDone(current);
            Remember(turn, current);
        }

        state.Proposal = null;
        state.Current = NextOpen(turn);
        if (state.Current == Slots.Result)
        {
            results.Present(turn);
            return;
        }

        prompts.Ask(turn, state.Current);
    }

    /// <summary>Asks <paramref name="slot"/> now, e.g. for <c>wijzig</c>; afterwards the flow continues at the first open slot.</summary>
    public void GoTo(DialogTurn turn, string slot)
    {
        if (turn.State.Current is { } current && current != slot)
        {
            Remember(turn, current);
        }

        turn.State.Proposal = null;
        turn.State.Current = slot;
        prompts.Ask(turn, slot);
    }

    /// <summary>Goes back to the question asked before this one; false at the first question.</summary>
    public bool Back(DialogTurn turn)
    {
        var history = turn.State.History;
        while (history.Count > 0 && history[^1] == turn.State.Current)
        {
            history.RemoveAt(history.Count - 1);
        }

        if (history.Count == 0)
        {
            return false;
        }

        var previous = history[^1];
        history.RemoveAt(history.Count - 1);
        turn.State.Done.Remove(previous);
        turn.State.Proposal = null;
        turn.State.Current = previous;
        prompts.Ask(turn, previous);
        return true;
    }

    public void Reask(DialogTurn turn)
    {
        if (turn.State.Current is { } current)
        {
            prompts.Ask(turn, current);
        }
    }

    private static void Remember(DialogTurn turn, string slot)
    {
        var history = turn.State.History;
        if (history.Count == 0 || history[^1] != slot)
        {
            history.Add(slot);
        }

        // Bounded: 'terug' goes back a few questions, not through a whole day of edits.
        if (history.Count > 100)
        {
            history.RemoveAt(0);
        }
    }
}

using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// The second half of a turn in which a region code was typed: the dialog cannot look codes up
/// (that is I/O), so the engine does and then lets this step join the region or refuse the code.
/// </summary>
internal sealed class RegionCodeStep(SlotFlow flow)
{
    public void Joined(DialogTurn turn, RegionMembership region)
    {
        var state = turn.State;
        state.RegionId = region.RegionId;
        if (string.IsNullOrWhiteSpace(state.Profile.RegionName))
        {
            state.Profile = state.Profile with { RegionName = region.RegionName };
            turn.MarkDone(Slots.Profile("regionName"));
        }

        turn.Say(DialogTexts.RegionJoined(region.RegionName, region.Round, state.AssessmentId is not null));
        Continue(turn);
    }

    public void Refused(DialogTurn turn, string message)
    {
        turn.Say(message);
        flow.Reask(turn);
    }

    private void Continue(DialogTurn turn)
    {
        if (turn.State.Current == Slots.RegionCode)
        {
            flow.Advance(turn);
        }
        else
        {
            flow.Reask(turn);
        }
    }
}

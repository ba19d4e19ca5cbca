using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// Looks up the region code a turn asked for and finishes the turn through <see cref="RegionCodeStep"/>.
/// Guessing is limited: after <see cref="MaxFailures"/> unknown codes in a conversation, codes are
/// refused for <see cref="BlockFor"/> (the code space is large, this keeps a chat from being a probe).
/// </summary>
internal sealed class RegionCodeResolver(IRegionDirectory? regions, RegionCodeStep step, TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan BlockFor = TimeSpan.FromMinutes(15);

    public async Task ResolveAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        if (turn.RegionCodeRequest is not { } code)
        {
            return;
        }

        var state = turn.State;
        var now = clock.GetUtcNow();
        if (regions is null)
        {
            step.Refused(turn, DialogTexts.RegionsUnavailable);
            return;
        }

        if (state.RegionCodeBlockedUntil is { } until && until > now)
        {
            step.Refused(turn, DialogTexts.RegionCodeBlocked);
            return;
        }

        if (await regions.TryJoinAsync(code, cancellationToken) is { } region)
        {
            state.RegionCodeFailures = 0;
            state.RegionCodeBlockedUntil = null;
            step.Joined(turn, region);
            return;
        }

        state.RegionCodeFailures++;
        if (state.RegionCodeFailures >= MaxFailures)
        {
            state.RegionCodeFailures = 0;
            state.RegionCodeBlockedUntil = now + BlockFor;
            step.Refused(turn, DialogTexts.RegionCodeBlocked);
            return;
        }

        step.Refused(turn, DialogTexts.UnknownRegionCode);
    }
}

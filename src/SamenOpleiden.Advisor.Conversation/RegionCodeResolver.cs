using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// Looks up the region code a turn asked for and finishes the turn through <see cref="RegionCodeStep"/>.
/// Guessing is limited across conversations (<see cref="GuessLimiter.AccessCode"/>): per client and for all regions
/// together. While a limit is reached every code is refused, right or wrong, so a refusal tells a guesser nothing.
/// </summary>
internal sealed class RegionCodeResolver(IRegionDirectory? regions, RegionCodeStep step, GuessLimiter guesses)
{
    /// <param name="turn">The turn that asked for a code.</param>
    /// <param name="client">Who is trying: the input's client address, else the respondent.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    public async Task ResolveAsync(DialogTurn turn, string client, CancellationToken cancellationToken)
    {
        if (turn.RegionCodeRequest is not { } code)
        {
            return;
        }

        if (regions is null)
        {
            step.Refused(turn, DialogTexts.RegionsUnavailable);
            return;
        }

        var buckets = guesses.AccessCode(client);
        if (await guesses.BlockedForAsync(buckets, cancellationToken) is { } blocked)
        {
            step.Refused(turn, DialogTexts.RegionCodeBlocked(blocked));
            return;
        }

        if (await regions.TryJoinAsync(code, cancellationToken) is { } region)
        {
            step.Joined(turn, region);
            return;
        }

        await guesses.FailedAsync(buckets, cancellationToken);
        step.Refused(turn, await guesses.BlockedForAsync(buckets, cancellationToken) is { } now ? DialogTexts.RegionCodeBlocked(now) : DialogTexts.UnknownRegionCode);
    }
}

using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>A parsed profile answer: how it changes the profile, or the Dutch reason it could not be read.</summary>
internal sealed record ProfileAnswer(Func<RegionProfile, RegionProfile>? Apply, string? Error)
{
    public static ProfileAnswer Ok(Func<RegionProfile, RegionProfile> apply) => new(apply, null);

    public static ProfileAnswer Fail(string error) => new(null, error);

    /// <summary>An answer that leaves the profile as it is, e.g. "nee" to an optional explanation.</summary>
    public static ProfileAnswer Unchanged { get; } = Ok(profile => profile);
}

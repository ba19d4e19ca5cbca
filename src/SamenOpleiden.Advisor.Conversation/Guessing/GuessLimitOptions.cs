namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>
/// How many wrong region secrets are allowed before further tries are refused for the rest of the <see cref="Window"/>
/// (configuration section <c>Guessing</c>). Limits hold across conversations and, counted in the database, across instances.
/// </summary>
public sealed class GuessLimitOptions
{
    public const string Section = "Guessing";

    /// <summary>A window starts with its first wrong try; when it ends, the count starts again.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Wrong coordinator links one client may open per window.</summary>
    public int CoordinatorTokenFailuresPerClient { get; set; } = 10;

    /// <summary>Wrong coordinator links for one region, from all clients together, per window.</summary>
    public int CoordinatorTokenFailuresPerRegion { get; set; } = 50;

    /// <summary>Unknown access codes one client may type per window, in any number of conversations.</summary>
    public int AccessCodeFailuresPerClient { get; set; } = 5;

    /// <summary>
    /// Unknown access codes from all clients together per window. A wrong code names no region, so this bucket holds
    /// for every region at once: it bounds guessing from many addresses.
    /// </summary>
    public int AccessCodeFailuresInTotal { get; set; } = 100;
}

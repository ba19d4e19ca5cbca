namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>The tally a reliability test prints: what was sent, what the store holds, and what went missing or twice.</summary>
internal sealed record TurnCounts(int Sent, int Stored, int Lost, int Doubled)
{
    /// <summary>Counts <paramref name="sent"/> against the texts the store recorded.</summary>
    public static TurnCounts Of(IReadOnlyCollection<string> sent, IReadOnlyCollection<string> stored)
    {
        var storedSet = stored.ToHashSet(StringComparer.Ordinal);
        return new TurnCounts(
            sent.Count,
            storedSet.Count,
            sent.Count(s => !storedSet.Contains(s)),
            stored.Count - storedSet.Count);
    }

    public override string ToString() => $"turns sent {Sent}, stored {Stored}, lost {Lost}, doubled {Doubled}";
}

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Where each kind of marker occurs in a text: the positions of its words.</summary>
internal sealed class MarkerMatches
{
    private readonly Dictionary<MarkerKind, List<int[]>> _matches = [];

    public void Add(MarkerKind kind, int[] positions)
    {
        if (!_matches.TryGetValue(kind, out var list))
        {
            _matches[kind] = list = [];
        }

        list.Add(positions);
    }

    /// <summary>Takes back a match found earlier (two negations that cancel each other are no negation).</summary>
    public void Remove(MarkerKind kind, int[] positions) => _matches.GetValueOrDefault(kind)?.Remove(positions);

    /// <summary>Every match of <paramref name="kind"/>, as the positions of its words.</summary>
    public IReadOnlyList<int[]> Of(MarkerKind kind) => _matches.GetValueOrDefault(kind) ?? [];

    /// <summary>The first word of every match of <paramref name="kind"/>.</summary>
    public IEnumerable<int> Starts(MarkerKind kind) => Of(kind).Select(m => m[0]);

    public bool StartsAt(MarkerKind kind, int position) => Of(kind).Any(m => m[0] == position);
}

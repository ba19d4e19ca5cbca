namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Joins words the Dutch way: "a", "a en b", "a, b en c".</summary>
public static class DutchList
{
    /// <summary>The words joined with commas and a final "en".</summary>
    public static string Join(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1],
        };
    }
}

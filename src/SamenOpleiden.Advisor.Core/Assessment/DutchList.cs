namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Joins words the Dutch way: "a", "a en b", "a, b en c".</summary>
public static class DutchList
{
    /// <summary>The words joined with commas and a final "en".</summary>
    public static string Join(IEnumerable<string> words) => Join(words as IReadOnlyList<string> ?? words.ToList());

    /// <inheritdoc cref="Join(IEnumerable{string})"/>
    public static string Join(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        2 => string.Concat(words[0], " en ", words[1]),
        _ => string.Join(", ", words.Take(words.Count - 1)) + " en " + words[^1],
    };
}

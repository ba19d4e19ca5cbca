namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Typo tolerance: Levenshtein distance and what counts as "close enough" for a word of a given length.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by at most one insertion, deletion or substitution; without allocating, for the reader's hot loop.</summary>
    public static bool WithinOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        // After the first difference the rest must be equal: past one extra letter of the longer word, or past one letter each.
        return i == shorter.Length
            || (shorter.Length < longer.Length ? shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1)) : shorter.AsSpan(i + 1).SequenceEqual(longer.AsSpan(i + 1)));
    }

    /// <summary>The typos tolerated: none for very short words (they collide), one up to 6 letters, two beyond.</summary>
    public static int Tolerance(string target) => target.Length switch
    {
        <= 3 => 0,
        <= 6 => 1,
        _ => 2,
    };

    /// <summary>True when normalised <paramref name="input"/> is <paramref name="target"/> up to a few typos.</summary>
    public static bool IsClose(string input, string target) =>
        Math.Abs(input.Length - target.Length) <= Tolerance(target) && Between(input, target) <= Tolerance(target);
}

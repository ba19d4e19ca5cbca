namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// Whether a configured coordinator token or access code is hard enough to guess, and if not, why. The bar is what
/// <c>region create</c> makes: tokens of 22 URL-safe random characters (128 bits), codes of 8 letters and digits.
/// Guessing is also limited (<c>Guessing</c> section); these checks keep a weak secret from being the easy way in.
/// </summary>
internal static class SecretStrength
{
    public const int MinTokenLength = 22;
    public const int MinTokenDistinct = 10;
    public const int MinCodeLength = 8;
    public const int MinCodeDistinct = 5;

    /// <summary>The fault of a coordinator token, or null when it is strong enough.</summary>
    public static string? TokenFault(string token, ConfiguredRegion region)
    {
        if (token.Length < MinTokenLength)
        {
            return $"is too short to be a secret ({token.Length} characters; at least {MinTokenLength}, as 'region create' makes them)";
        }

        if (!token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return "may only hold letters, digits, '-' and '_' (it is part of a link)";
        }

        return CommonFault(token, MinTokenDistinct, region);
    }

    /// <summary>The fault of an access code, or null when it is strong enough. Codes match without case, spaces and dashes, so those do not count.</summary>
    public static string? AccessCodeFault(string code, ConfiguredRegion region)
    {
        var significant = Significant(code);
        if (significant.Length < MinCodeLength)
        {
            return $"is too short to be a secret ({significant.Length} letters and digits; at least {MinCodeLength}, e.g. K7PM-Q3XD)";
        }

        if (YearIn(significant) is { } year)
        {
            return $"contains the year {year}, which is easy to guess";
        }

        return CommonFault(significant, MinCodeDistinct, region);
    }

    private static string? CommonFault(string secret, int minDistinct, ConfiguredRegion region)
    {
        var distinct = secret.ToUpperInvariant().Distinct().Count();
        if (distinct < minDistinct)
        {
            return $"uses only {distinct} different characters; at least {minDistinct}";
        }

        if (RunIn(secret) is { } run)
        {
            return $"contains the series '{run}', which is easy to guess";
        }

        var upper = Significant(secret);
        foreach (var (what, value) in new[] { ("id", region.Id), ("name", region.Name) })
        {
            if (Significant(value ?? "") is { Length: >= 3 } part && upper.Contains(part, StringComparison.Ordinal))
            {
                return $"contains the region's {what}, which is easy to guess";
            }
        }

        return null;
    }

    /// <summary>Four characters that repeat or count up or down (aaaa, 1234, dcba), or null.</summary>
    private static string? RunIn(string secret)
    {
        for (var i = 0; i + 4 <= secret.Length; i++)
        {
            var step = char.ToUpperInvariant(secret[i + 1]) - char.ToUpperInvariant(secret[i]);
            if (step is >= -1 and <= 1 && Enumerable.Range(i + 1, 3).All(j => char.ToUpperInvariant(secret[j]) - char.ToUpperInvariant(secret[j - 1]) == step))
            {
                return secret.Substring(i, 4);
            }
        }

        return null;
    }

    private static string? YearIn(string significant)
    {
        for (var i = 0; i + 4 <= significant.Length; i++)
        {
            var part = significant.AsSpan(i, 4);
            if ((part.StartsWith("19") || part.StartsWith("20")) && char.IsAsciiDigit(part[2]) && char.IsAsciiDigit(part[3]))
            {
                return part.ToString();
            }
        }

        return null;
    }

    private static string Significant(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}

using System.Globalization;
using System.Text;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Turns a region name into a readable id for its address, e.g. "Vallei &amp; Velden" into <c>vallei-velden</c>.</summary>
internal static class RegionSlug
{
    public static string From(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "regio" : result;
    }
}

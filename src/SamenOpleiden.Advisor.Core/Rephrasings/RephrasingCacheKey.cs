using System.Security.Cryptography;
using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rephrasings;

/// <summary>What a rephrasing depends on: the result's content (with the remarks sent along), the style, the rules, the prompts and the model.</summary>
/// <param name="ContentHash">SHA-256 of the result's canonical JSON and the remarks (<see cref="HashContent"/>).</param>
public sealed record RephrasingCacheKey(string ContentHash, string Style, string RulesVersion, string PromptVersion, string Model)
{
    /// <summary>One string for a store's primary key.</summary>
    public string Value => $"{RulesVersion}|{PromptVersion}|{Model}|{Style}|{ContentHash}";

    /// <summary>The key for <paramref name="result"/> and its <paramref name="remarks"/> rephrased in <paramref name="style"/>.</summary>
    public static RephrasingCacheKey For(
        AssessmentResult result, IReadOnlyDictionary<string, string>? remarks, string style, string promptVersion, string model) =>
        new(HashContent(result, remarks), style.ToLowerInvariant(), result.RulesVersion, promptVersion, model);

    /// <summary>
    /// The content hash of every rephrasing of <paramref name="result"/> with <paramref name="remarks"/>, whatever the
    /// style, prompts or model: what a respondent's deletion finds their rephrasings by.
    /// </summary>
    public static string HashContent(AssessmentResult result, IReadOnlyDictionary<string, string>? remarks)
    {
        var content = new StringBuilder(AssessmentJson.Serialize(result));
        foreach (var (focusPoint, remark) in (remarks ?? new Dictionary<string, string>()).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            content.Append('\u0001').Append(focusPoint).Append('\u0002').Append(remark);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }
}

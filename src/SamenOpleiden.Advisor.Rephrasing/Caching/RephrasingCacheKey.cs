using System.Security.Cryptography;
using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Rephrasing.Caching;

/// <summary>What a rephrasing depends on: the result's content (with the remarks sent along), the style, the rules, the prompts and the model.</summary>
/// <param name="ContentHash">SHA-256 of the result's canonical JSON and the remarks.</param>
public sealed record RephrasingCacheKey(string ContentHash, string Style, string RulesVersion, string PromptVersion, string Model)
{
    /// <summary>One string for a store's primary key.</summary>
    public string Value => $"{RulesVersion}|{PromptVersion}|{Model}|{Style}|{ContentHash}";

    /// <summary>The key for <paramref name="request"/> rephrased in <paramref name="style"/>.</summary>
    public static RephrasingCacheKey For(RephrasingRequest request, string style, string promptVersion, string model)
    {
        var content = new StringBuilder(AssessmentJson.Serialize(request.Result));
        foreach (var (focusPoint, remark) in (request.Remarks ?? new Dictionary<string, string>()).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            content.Append('\u0001').Append(focusPoint).Append('\u0002').Append(remark);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
        return new RephrasingCacheKey(hash, style.ToLowerInvariant(), request.Result.RulesVersion, promptVersion, model);
    }
}

using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rephrasings;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>The hashes a respondent's deletion works with.</summary>
internal static class ErasureHashes
{
    /// <summary>What an erased transcript leaves behind: enough to refuse its tokens, nothing to link it to anyone.</summary>
    public static string OfConversation(string conversationId) => SecretTokens.HashHex(conversationId);

    /// <summary>
    /// The content hash a rephrasing of this stored result and remarks is cached under
    /// (<see cref="RephrasingCacheKey.HashContent"/>), or null when the stored result can no longer be read.
    /// </summary>
    public static string? OfRephrasedContent(string resultJson, string remarksJson)
    {
        try
        {
            var result = JsonSerializer.Deserialize<AssessmentResult>(resultJson, AssessmentJson.Options)!;
            var remarks = JsonSerializer.Deserialize<Dictionary<string, string>>(remarksJson) ?? [];
            return RephrasingCacheKey.HashContent(result, remarks);
        }
        catch (JsonException)
        {
            // A result stored under an older shape of the rules cannot have been rephrased by this build either.
            return null;
        }
    }
}

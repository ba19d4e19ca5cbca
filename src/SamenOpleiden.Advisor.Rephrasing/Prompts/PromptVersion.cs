using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>The prompt version, written like the rules version (<c>sha256:</c> and 16 hex digits): a hash over every file in <c>prompts/</c>, so any edit gives a new version.</summary>
internal static class PromptVersion
{
    public static string Of(string promptsDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(promptsDirectory, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(promptsDirectory, f).Replace('\\', '/'), Full: f))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, full) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            // Line endings must not change the version: a checkout on Windows is the same prompt.
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(full).ReplaceLineEndings("\n") + "\n"));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

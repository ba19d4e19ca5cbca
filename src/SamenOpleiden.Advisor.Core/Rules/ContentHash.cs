using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// The content hash of <c>rules/</c>: every file's relative path and text (line endings normalised),
/// in ordinal path order. A report carries it, so it says which rules made it.
/// </summary>
internal static class RulesVersion
{
    public static string Of(string rulesDirectory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(rulesDirectory, "*", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(rulesDirectory, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).Replace("\r\n", "\n") + "\n"));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// The version of an editable data folder (<c>rules/</c>, <c>prompts/</c>): a SHA-256 over every file's
/// relative path and text in ordinal path order, written <c>sha256:</c> plus 16 hex digits. Line endings
/// are normalised, so a Windows checkout of the same files has the same version.
/// </summary>
public static class ContentHash
{
    /// <summary>The content hash of every file under <paramref name="directory"/>.</summary>
    public static string OfDirectory(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(directory, path).Replace('\\', '/'), Path: path))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n") + "\n"));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}

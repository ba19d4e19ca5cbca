using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// The version of an editable data folder (<c>rules/</c>, <c>prompts/</c>): a SHA-256 over every file's relative path
/// and text in ordinal path order, written <c>sha256:</c> plus 16 hex digits. Line endings are normalised, so a
/// Windows checkout of the same files has the same version; build output (<c>bin/</c>, <c>obj/</c>) is left out.
/// </summary>
public static class ContentHash
{
    private static readonly string[] BuildFolders = ["bin", "obj"];

    /// <summary>The content hash of every file under <paramref name="directory"/>.</summary>
    public static string OfDirectory(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendFiles(hash, directory, "*");
        return Format(hash);
    }

    /// <summary>Adds the path and normalised text of every file matching <paramref name="searchPattern"/> under <paramref name="directory"/>.</summary>
    public static void AppendFiles(IncrementalHash hash, string directory, string searchPattern)
    {
        var files = Directory.EnumerateFiles(directory, searchPattern, SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(directory, path).Replace('\\', '/'), Path: path))
            .Where(f => !BuildFolders.Contains(f.Relative.Split('/')[0]))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (relative, path) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n") + "\n"));
        }
    }

    /// <summary><c>sha256:</c> and the first 16 hex digits of the hash so far.</summary>
    public static string Format(IncrementalHash hash) => "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
}

namespace SamenOpleiden.Advisor.Testing;

/// <summary>Private copies of data folders (rules/, prompts/) that a test may break without touching anyone else's.</summary>
public static class TempFolders
{
    /// <summary>Copies <paramref name="source"/> with everything below it into a new folder under the temp path; returns that folder.</summary>
    public static string CopyOf(string source)
    {
        var copy = Path.Combine(Path.GetTempPath(), $"advisor-{Path.GetFileName(source.TrimEnd(Path.DirectorySeparatorChar))}-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}

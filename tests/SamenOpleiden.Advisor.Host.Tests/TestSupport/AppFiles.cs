using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>Files a test hands the service: the shared cases, private copies of its data folders, temporary inputs and databases.</summary>
internal static class AppFiles
{
    public static string CaseFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "cases", name + ".json");

    /// <summary>A private copy of one of the data folders next to the app (rules, prompts) that a test may break.</summary>
    public static string CopyOfAppFolder(string folder) => TempFolders.CopyOf(Path.Combine(AppContext.BaseDirectory, folder));

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"advisor-input-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempDatabase() =>
        Path.Combine(Directory.CreateTempSubdirectory("advisor-chat-db-").FullName, "advisor.db");
}

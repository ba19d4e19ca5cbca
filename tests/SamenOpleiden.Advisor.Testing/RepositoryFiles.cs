namespace SamenOpleiden.Advisor.Testing;

/// <summary>The repository's data folders, found from the test binaries upwards, whatever the working directory.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Prompts => Path.Combine(Root, "prompts");

    /// <summary>The shared cases with their expected phases (golden data).</summary>
    public static string Cases => Path.Combine(Root, "tests", "SamenOpleiden.Advisor.Core.Tests", "TestData", "cases");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamenOpleiden.Advisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (SamenOpleiden.Advisor.sln) was not found above " + AppContext.BaseDirectory);
    }
}

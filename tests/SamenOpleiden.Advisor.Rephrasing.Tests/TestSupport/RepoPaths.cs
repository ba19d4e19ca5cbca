namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>Finds the repository's rules/ and prompts/ from the test binaries, whatever the working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Prompts => Path.Combine(Root, "prompts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamenOpleiden.Advisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SamenOpleiden.Advisor.sln not found above " + AppContext.BaseDirectory);
    }
}

using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>A copy of the repository's rules in a temporary folder, without its examples, removed afterwards.</summary>
internal sealed class RulesCopy : IDisposable
{
    public RulesCopy()
    {
        Directory = TempFolders.CopyOf(TestRules.RulesDirectory);
        foreach (var example in System.IO.Directory.GetFiles(ExamplesDirectory))
        {
            File.Delete(example);
        }
    }

    public string Directory { get; }

    public string ExamplesDirectory => Path.Combine(Directory, LexiconLoader.ExamplesFolder);

    /// <summary>Writes <paramref name="lines"/> as the example file <paramref name="name"/>.</summary>
    public void WriteExamples(string name, params string[] lines) => File.WriteAllLines(Path.Combine(ExamplesDirectory, name), lines);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

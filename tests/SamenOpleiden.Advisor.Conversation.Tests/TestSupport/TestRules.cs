using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>The repository's rules/ and the shared cases, as copied next to the test assembly.</summary>
internal static class TestRules
{
    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "cases");

    public static TypologyModel Typology { get; } = LoadTypology();

    public static Lexicon Lexicon { get; } = LexiconLoader.Load(RulesDirectory, Typology);

    public static PhaseRecognizer Recognizer { get; } = new(Typology, Lexicon);

    private static TypologyModel LoadTypology()
    {
        var json = File.ReadAllText(Path.Combine(RulesDirectory, "typology.json"));
        var file = JsonSerializer.Deserialize<TypologyFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new TypologyModel(file.Phases, file.FocusPoints);
    }

    private sealed record TypologyFile(List<PhaseDefinition> Phases, List<FocusPoint> FocusPoints);
}

using System.Text.Json;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Reads and validates <c>rules/lexicon.json</c>.</summary>
public static class LexiconLoader
{
    public const string FileName = "lexicon.json";

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Loads the lexicon in <paramref name="rulesDirectory"/>; throws <see cref="RuleSetException"/> naming every problem.</summary>
    public static Lexicon Load(string rulesDirectory, TypologyModel typology)
    {
        var path = Path.Combine(rulesDirectory, FileName);
        var (lexicon, problems) = LexiconValidator.ValidateFile(path, typology);
        if (lexicon is null || problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        return lexicon;
    }

    /// <summary>
    /// The recogniser on <paramref name="rulesDirectory"/> as the service builds it, with the typology it reads
    /// against, for the tools that run it on their own; throws <see cref="RuleSetException"/> naming every problem.
    /// </summary>
    public static (PhaseRecognizer Recognizer, TypologyModel Typology) LoadRecognizer(string rulesDirectory)
    {
        var typology = RuleSetLoader.LoadTypology(rulesDirectory);
        return (new PhaseRecognizer(typology, Load(rulesDirectory, typology)), typology);
    }
}

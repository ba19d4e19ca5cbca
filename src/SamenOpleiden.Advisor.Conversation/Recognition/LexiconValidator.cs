using System.Text.Json;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Checks <c>rules/lexicon.json</c> the way <c>rules validate</c> checks the rest: it parses, phases
/// are 1-3, focus point ids exist, phrases are not empty, and no phrase means two phases at once.
/// Problems are Dutch, for the coordinator who edits the file.
/// </summary>
public static class LexiconValidator
{
    /// <summary>The lexicon (null when it cannot be read) and every problem found in it.</summary>
    public static (Lexicon? Lexicon, IReadOnlyList<RuleProblem> Problems) ValidateFile(string path, TypologyModel typology)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return (null, [new RuleProblem(file, null, "het bestand ontbreekt")]);
        }

        Lexicon? lexicon;
        try
        {
            lexicon = JsonSerializer.Deserialize<Lexicon>(File.ReadAllText(path), LexiconLoader.Options);
        }
        catch (JsonException e)
        {
            return (null, [new RuleProblem(file, null, $"geen geldige JSON: {e.Message}")]);
        }

        return lexicon is null
            ? (null, [new RuleProblem(file, null, "het bestand is leeg")])
            : (lexicon, Validate(lexicon, typology, file));
    }

    /// <summary>
    /// Checks <c>lexicon.json</c>, the examples in <c>examples/</c> and <c>word-weights.json</c> (learned from this
    /// lexicon and these examples) in <paramref name="rulesDirectory"/> against the focus point ids of
    /// <c>typology.json</c> there; for <c>rules validate</c>, which may run when the rest cannot compile.
    /// </summary>
    public static IReadOnlyList<RuleProblem> ValidateDirectory(string rulesDirectory)
    {
        var typology = TypologyIds.Read(Path.Combine(rulesDirectory, "typology.json"));
        return typology is null
            ? [new RuleProblem(LexiconLoader.FileName, null, "typology.json is niet te lezen, dus de focuspunten zijn onbekend")]
            : [.. LexiconLoader.Read(rulesDirectory, typology).Problems, .. LexiconLoader.ReadExamples(rulesDirectory, typology).Problems];
    }

    /// <summary>Every problem in <paramref name="lexicon"/>, reported against <paramref name="file"/>.</summary>
    public static IReadOnlyList<RuleProblem> Validate(Lexicon lexicon, TypologyModel typology, string file = LexiconLoader.FileName)
    {
        var problems = new List<RuleProblem>();
        if (lexicon.Negations.Count == 0)
        {
            problems.Add(new RuleProblem(file, "negations", "noem minstens één ontkenning"));
        }

        foreach (var (name, words) in MarkerLists(lexicon))
        {
            if (words.Any(w => LexiconPattern.Compile(w) is null))
            {
                problems.Add(new RuleProblem(file, name, "laat geen lege woorden of zinnen staan"));
            }
        }

        foreach (var (word, canonical) in lexicon.Synonyms)
        {
            if (TextNormalizer.Words(word).Length != 1 || TextNormalizer.Words(canonical).Length != 1)
            {
                problems.Add(new RuleProblem(file, $"synonyms.{word}", "een synoniem is één woord dat naar één woord verwijst"));
            }
        }

        CheckPhrases([("phrases", lexicon.Phrases), ("weakPhrases", lexicon.WeakPhrases)], file, problems);
        foreach (var (id, focusPoint) in lexicon.FocusPoints)
        {
            if (typology.Find(id) is null)
            {
                problems.Add(new RuleProblem(file, $"focusPoints.{id}", $"onbekend focuspunt '{id}'; bekend zijn: {string.Join(", ", typology.FocusPoints.Select(f => f.Id))}"));
            }

            CheckPhrases([($"focusPoints.{id}.phrases", focusPoint.Phrases)], file, problems);
        }

        return problems;
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Words)> MarkerLists(Lexicon lexicon) =>
    [
        ("negations", lexicon.Negations), ("notNegations", lexicon.NotNegations), ("hedges", lexicon.Hedges),
        ("contrasts", lexicon.Contrasts), ("concessions", lexicon.Concessions), ("exceptions", lexicon.Exceptions), ("conditions", lexicon.Conditions),
        ("clauseBreaks", lexicon.ClauseBreaks), ("references", lexicon.References), ("restrictions", lexicon.Restrictions), ("indirectQuestions", lexicon.IndirectQuestions),
        ("within", lexicon.Within), ("between", lexicon.Between), ("past", lexicon.Past), ("present", lexicon.Present), ("functionWords", lexicon.FunctionWords),
    ];

    /// <summary>Phases are 1-3, phrases not empty, and no phrase (by what it matches) under two phases of the same lists.</summary>
    private static void CheckPhrases(IEnumerable<(string Where, IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases)> lists, string file, List<RuleProblem> problems)
    {
        var seen = new Dictionary<string, string>();
        foreach (var (where, phrases) in lists)
        {
            foreach (var (phase, list) in phrases)
            {
                if (phase is not ("1" or "2" or "3"))
                {
                    problems.Add(new RuleProblem(file, $"{where}.{phase}", "een fase is \"1\", \"2\" of \"3\""));
                }

                foreach (var phrase in list)
                {
                    var key = LexiconPattern.Compile(phrase)?.Key;
                    if (key is null)
                    {
                        problems.Add(new RuleProblem(file, $"{where}.{phase}", "lege signaalzin"));
                    }
                    else if (seen.TryGetValue(key, out var other) && other != phase)
                    {
                        problems.Add(new RuleProblem(file, $"{where}.{phase}", $"'{phrase}' staat ook bij fase {other}; een signaal hoort bij één fase"));
                    }
                    else
                    {
                        seen[key] = phase;
                    }
                }
            }
        }
    }
}

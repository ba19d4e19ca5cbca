using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Recognition.Measurement;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// <c>recognise --focus ID --text TEXT</c>: what the recogniser makes of an answer, as JSON.
/// <c>recognise --measure CASES_DIR</c>: the recogniser's figure on the shared cases.
/// </summary>
internal static class RecogniseCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var focus = new Option<string?>("--focus") { Description = "Het focuspunt (id), bijv. professionals-hr." };
        var text = new Option<string?>("--text") { Description = "Het antwoord in eigen woorden." };
        var measure = new Option<string?>("--measure") { Description = "Map met de casussen en expected-phases.md: meet de herkenner." };
        var rules = new Option<string?>("--rules") { Description = "De map met regels (standaard: rules/ naast het programma)." };
        var command = new Command("recognise", "Laat zien welke fase de herkenner in een tekst leest.") { focus, text, measure, rules };
        command.SetAction(result => Run(result.GetValue(focus), result.GetValue(text), result.GetValue(measure), AdvisorPaths.Rules(null, result.GetValue(rules))));
        return command;
    }

    private static int Run(string? focus, string? text, string? measure, string rulesDirectory)
    {
        PhaseRecognizer recognizer;
        Core.Typology.TypologyModel typology;
        try
        {
            typology = RuleSetLoader.LoadCompiled(rulesDirectory, AdvisorRuleSet.Assembly).Typology;
            recognizer = new PhaseRecognizer(typology, LexiconLoader.Load(rulesDirectory, typology));
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"De regels zijn niet in orde (draai 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
        }

        if (measure is not null)
        {
            var report = RecogniserMeasurement.Measure(recognizer, typology, measure);
            foreach (var row in report.Rows.Where(r => !r.IsRight))
            {
                Console.WriteLine($"miss: {row.File} {row.FocusPoint}: expected {row.Expected}, got {row.Recognition.Phase?.ToString() ?? "null"}");
            }

            Console.WriteLine(report.Summary);
            return 0;
        }

        if (focus is null || text is null || typology.Find(focus) is null)
        {
            Console.Error.WriteLine($"Geef --focus <id> en --text \"<tekst>\". Bekende focuspunten: {string.Join(", ", typology.FocusPoints.Select(f => f.Id))}");
            return 2;
        }

        var recognition = recognizer.Recognise(focus, text);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            focusPoint = recognition.FocusPoint,
            phase = recognition.Phase,
            confidence = recognition.Confidence,
            alternatives = recognition.Alternatives,
            evidence = recognition.Evidence,
        }, Json));
        return 0;
    }
}

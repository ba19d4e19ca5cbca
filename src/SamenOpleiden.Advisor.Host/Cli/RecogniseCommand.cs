using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// <c>recognise --focus ID --text TEXT</c>: what the recogniser makes of an answer, as JSON.
/// <c>recognise --learn</c>: learns the word weights from the labelled examples in <c>rules/examples/</c>. Its
/// measurement on the evaluation sets is a separate program that does not ship with the service
/// (<c>scripts/recognise --measure</c>, docs/recogniser.md).
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
        var rules = new Option<string?>("--rules") { Description = "De map met regels (standaard: rules/ naast het programma)." };
        var learn = new Option<bool>("--learn") { Description = "Leer de woordgewichten opnieuw uit de voorbeelden in examples/ en schrijf word-weights.json." };
        var command = new Command("recognise", "Laat zien welke fase de herkenner in een tekst leest.") { focus, text, rules, learn };
        command.SetAction(async result =>
        {
            await using var host = AdvisorCliHost.Build(("Advisor:RulesPath", result.GetValue(rules)));
            var rulesDirectory = AdvisorPaths.Rules(host.Configuration);
            return result.GetValue(learn) ? Learn(rulesDirectory) : Run(result.GetValue(focus), result.GetValue(text), rulesDirectory);
        });
        return command;
    }

    private static int Learn(string rulesDirectory)
    {
        try
        {
            var typology = RuleSetLoader.LoadTypology(rulesDirectory);
            var (examples, words) = WordWeightsLearner.Learn(rulesDirectory, typology);
            Console.WriteLine($"{examples} voorbeelden gelezen, {words} woordgewichten geschreven naar {Path.Combine(rulesDirectory, "word-weights.json")}.");
            return 0;
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"De regels of voorbeelden zijn niet in orde:{Environment.NewLine}{e.Message}");
            return 1;
        }
    }

    private static int Run(string? focus, string? text, string rulesDirectory)
    {
        PhaseRecognizer recognizer;
        Core.Typology.TypologyModel typology;
        try
        {
            (recognizer, typology) = LexiconLoader.LoadRecognizer(rulesDirectory);
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"De regels zijn niet in orde (draai 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
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
            kind = recognition.Kind.ToString().ToLowerInvariant(),
            confidence = recognition.Confidence,
            alternatives = recognition.Alternatives,
            evidence = recognition.Evidence,
        }, Json));
        return 0;
    }
}

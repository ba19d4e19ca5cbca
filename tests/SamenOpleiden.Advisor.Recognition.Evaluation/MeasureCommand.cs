using System.CommandLine;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// <c>recognise --measure [--set cases|learn|...|test3 ...] [--misses]</c> (the sets of <see cref="EvaluationSets.All"/>): per set right / unsure /
/// one off / two off and the confusion matrix; with <c>--misses</c> the texts read wrongly, for every set but the
/// dev and test parts. <c>recognise --time</c>: what reading one answer costs (<see cref="TimeCommand"/>).
/// </summary>
internal static class MeasureCommand
{
    public static Command Create()
    {
        var measure = new Option<bool>("--measure") { Description = "Meet de herkenner op de evaluatiesets." };
        var time = new Option<bool>("--time") { Description = "Meet wat het lezen van één antwoord kost (op de leerdelen)." };
        var sets = new Option<string[]>("--set") { Description = $"Welke sets (standaard alle): {string.Join(", ", EvaluationSets.All)}.", AllowMultipleArgumentsPerToken = true };
        sets.AcceptOnlyFromAmong([.. EvaluationSets.All]);
        var misses = new Option<bool>("--misses") { Description = "Toon de teksten die niet goed gelezen zijn (nooit voor de testset)." };
        var rules = new Option<string?>("--rules") { Description = "De map met regels en lexicon.json (standaard: rules/ naast dit programma)." };
        var data = new Option<string?>("--data") { Description = "De map met cases/ en recognition/ (standaard: TestData/ naast dit programma)." };
        var examples = new Option<string?>("--examples") { Description = "De map met de leerdelen learn*.jsonl (standaard: examples/ in de regels)." };
        var command = new Command("recognise", "Meet hoe goed de herkenner situatiebeschrijvingen leest.") { measure, time, sets, misses, rules, data, examples };
        command.SetAction(result =>
        {
            var rulesDirectory = result.GetValue(rules) ?? Path.Combine(AppContext.BaseDirectory, "rules");
            if (result.GetValue(time))
            {
                return TimeCommand.Run(rulesDirectory, result.GetValue(examples) ?? Path.Combine(rulesDirectory, "examples"));
            }

            if (!result.GetValue(measure))
            {
                Console.Error.WriteLine("Geef --measure of --time.");
                return 2;
            }

            return Run(
                result.GetValue(sets) is { Length: > 0 } chosen ? chosen : [.. EvaluationSets.All],
                result.GetValue(misses),
                rulesDirectory,
                result.GetValue(data) ?? EvaluationSets.DefaultDataDirectory,
                result.GetValue(examples) ?? Path.Combine(rulesDirectory, "examples"));
        });
        return command;
    }

    private static int Run(IReadOnlyList<string> sets, bool misses, string rulesDirectory, string dataDirectory, string examplesDirectory)
    {
        PhaseRecognizer recognizer;
        Core.Typology.TypologyModel typology;
        try
        {
            (recognizer, typology) = LexiconLoader.LoadRecognizer(rulesDirectory);
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"The rules in {rulesDirectory} are not valid (run 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
        }

        var measurements = new List<SetMeasurement>();
        foreach (var set in sets.Distinct())
        {
            IReadOnlyList<LabelledText> items;
            try
            {
                items = EvaluationSets.Load(set, typology, dataDirectory, examplesDirectory);
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                Console.Error.WriteLine($"{set}: {e.Message}");
                return 2;
            }

            var measurement = RecogniserMeasurement.Measure(recognizer, set, items);
            measurements.Add(measurement);
            if (misses)
            {
                MeasurementPrinter.PrintMisses(measurement, Console.Out);
            }

            MeasurementPrinter.Print(measurement, Console.Out);
            Console.WriteLine();
        }

        foreach (var measurement in measurements)
        {
            Console.WriteLine(MeasurementPrinter.Summary(measurement));
        }

        return 0;
    }
}

using System.CommandLine;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary><c>assess --input FILE [--format json|md]</c>: the full result for one set of answers.</summary>
internal static class AssessCommand
{
    private const int BadInput = 2;

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "JSON-bestand met profile, answers en ambition.", Required = true };
        var format = new Option<string>("--format") { Description = "json of md.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "md");
        var rules = new Option<string?>("--rules") { Description = "De map met regels (standaard: rules/ naast het programma)." };
        var command = new Command("assess", "Bereken fasen, typering en advies voor een set antwoorden.") { input, format, rules };
        command.SetAction(async result =>
        {
            await using var host = AdvisorCliHost.Build(("Advisor:RulesPath", result.GetValue(rules)));
            return Run(result.GetValue(input)!, result.GetValue(format)!, host.Services);
        });
        return command;
    }

    private static int Run(string inputPath, string format, IServiceProvider services)
    {
        AssessmentInput input;
        try
        {
            if (!File.Exists(inputPath)) return Fail($"het invoerbestand '{inputPath}' bestaat niet");
            input = AssessmentInputReader.Parse(File.ReadAllText(inputPath));
        }
        catch (AssessmentInputException e)
        {
            return Fail($"{inputPath}: {e.Message}");
        }
        catch (IOException e)
        {
            return Fail($"het invoerbestand '{inputPath}' kan niet gelezen worden ({e.Message})");
        }

        IAssessmentEvaluator evaluator;
        try
        {
            evaluator = services.GetRequiredService<IAssessmentEvaluator>();
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"De regels zijn niet in orde (draai 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
        }

        try
        {
            var result = evaluator.Evaluate(input);
            Console.WriteLine(format == "md" ? AssessmentMarkdown.Render(result, evaluator.Typology) : AssessmentJson.Serialize(result));
            return 0;
        }
        catch (AssessmentInputException e)
        {
            return Fail($"{inputPath}: {e.Message}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"Fout: {message}");
        return BadInput;
    }
}

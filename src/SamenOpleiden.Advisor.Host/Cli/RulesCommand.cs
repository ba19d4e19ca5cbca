using System.CommandLine;
using System.Globalization;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rephrasing.Prompts;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary><c>rules validate [--rules DIR] [--samples N]</c>: checks everything in rules/ and says what is wrong where.</summary>
internal static class RulesCommand
{
    private const int DefaultSamples = 20_000;

    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "De map met regels (standaard: rules/ naast het programma)." };
        var samples = new Option<int>("--samples") { Description = "Aantal willekeurige antwoordsets voor de dekkingscontrole.", DefaultValueFactory = _ => DefaultSamples };
        var validate = new Command("validate", "Controleer alle regels, adviezen en teksten in rules/.") { rules, samples };
        validate.SetAction(async result =>
        {
            await using var host = AdvisorCliHost.Build(("Advisor:RulesPath", result.GetValue(rules)));
            return Validate(AdvisorPaths.Rules(host.Configuration), AdvisorPaths.Prompts(host.Configuration), result.GetValue(samples));
        });
        return new Command("rules", "Werken met de regels in rules/.") { validate };
    }

    private static int Validate(string directory, string promptsDirectory, int samples)
    {
        Console.WriteLine($"Regels in {directory}");
        var report = RuleSetValidator.Validate(directory, AdvisorRuleSet.Assembly, Math.Max(0, samples));
        var problems = report.Problems.Concat(DataValidators.Validate(directory, promptsDirectory)).ToList();
        if (report.RulesVersion is not null)
        {
            Console.WriteLine($"Versie: {report.RulesVersion}; prompts: {PromptValidator.VersionOf(promptsDirectory) ?? "geen"}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Dekking: {report.EdgePatterns} randgevallen en {report.SampledPatterns} willekeurige antwoordsets (seed {RuleSetValidator.Seed}) doorgerekend."));
        }

        if (report.IsValid)
            Console.WriteLine(report.NeverFired.Count == 0
                ? $"Regels: {report.RuleCount} regels, elk vuurde op minstens één antwoordset."
                : $"Regels: {report.RuleCount} regels; nooit gevuurd op deze antwoordsets: {string.Join(", ", report.NeverFired)}");
        foreach (var problem in problems) Console.WriteLine($"FOUT  {problem}");
        Console.WriteLine(problems.Count == 0 ? "Alles in orde." : $"{problems.Count} fout(en) gevonden; de service start niet met deze regels.");
        return problems.Count == 0 ? 0 : 1;
    }
}

using SamenOpleiden.Advisor.Bench;

// Benchmarks of the advisor; each prints a Markdown table. `[rules-dir]`: one assessment evaluation (bench/rules.sh);
// `reports [rules-dir]`: the report pages (bench/reports.sh).
var reports = args.FirstOrDefault() == "reports";
var rest = reports ? args[1..] : args;
var rulesDirectory = rest.Length > 0 ? rest[0] : Path.Combine(AppContext.BaseDirectory, "rules");
Console.WriteLine(reports ? await ReportRenderingBenchmark.RunAsync(rulesDirectory) : RulesBenchmark.Run(rulesDirectory));
return 0;

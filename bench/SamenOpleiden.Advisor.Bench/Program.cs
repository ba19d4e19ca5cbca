using SamenOpleiden.Advisor.Bench;

// Benchmarks of the advisor; bench/README.md says what each measures. Prints a Markdown table.
var rulesDirectory = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "rules");
Console.WriteLine(RulesBenchmark.Run(rulesDirectory));
return 0;

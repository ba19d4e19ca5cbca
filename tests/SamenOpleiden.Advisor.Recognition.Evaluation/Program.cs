using System.CommandLine;
using SamenOpleiden.Advisor.Recognition.Evaluation;

// `recognise --measure`: the recogniser's figures on the evaluation sets (TestData/recognition/README.md);
// `recognise --time`: what reading one answer costs.
var root = new RootCommand("De evaluatie van de herkenner van vrije tekst.");
root.Subcommands.Add(MeasureCommand.Create());
return await root.Parse(args).InvokeAsync();

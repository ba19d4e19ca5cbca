using System.CommandLine;
using SamenOpleiden.Advisor.Host.Web;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>The executable's verbs. Each verb lives in its own file; this only lists them.</summary>
internal static class AdvisorCommandLine
{
    public static RootCommand Build(string[] args)
    {
        var root = new RootCommand("SamenOpleiden.Advisor: adviesbot voor Samen Opleiden in Onderwijsregio's. Zonder opdracht start de service.");
        // Host options such as --urls or --environment belong to ASP.NET Core, not to the verbs.
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((_, cancellationToken) => AdvisorWebApplication.RunAsync(args, cancellationToken));
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(AssessCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(RecogniseCommand.Create());
        return root;
    }
}

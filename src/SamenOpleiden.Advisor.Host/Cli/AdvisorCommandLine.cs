using System.CommandLine;
using SamenOpleiden.Advisor.Host.Web;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>The executable's verbs. Each verb lives in its own file; this only lists them.</summary>
internal static class AdvisorCommandLine
{
    public static RootCommand Build(string[] args)
    {
        var root = new RootCommand("SamenOpleiden.Advisor: adviesbot voor Samen Opleiden in Onderwijsregio's. Zonder opdracht start de service.")
        {
            // Without a verb the arguments belong to ASP.NET Core (--urls=..., --environment=..., as WebApplicationFactory passes them).
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parseResult, cancellationToken) => parseResult.UnmatchedTokens.Count > 0 && !args[0].StartsWith('-')
            ? UnknownVerbAsync(parseResult, args[0])
            : AdvisorWebApplication.RunAsync(args, cancellationToken));
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(AssessCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(RecogniseCommand.Create());
        root.Subcommands.Add(TeamsPackageCommand.Create());
        root.Subcommands.Add(RegionCommand.Create());
        return root;
    }

    private static async Task<int> UnknownVerbAsync(ParseResult parseResult, string verb)
    {
        await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Fout: onbekende opdracht '{verb}'. Zie --help voor de opdrachten.");
        return 2;
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using SamenOpleiden.Advisor.Host.Web;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>The executable's verbs. Each verb lives in its own file; this only lists them.</summary>
internal static class AdvisorCommandLine
{
    private const string DbOption = "--db";

    public static RootCommand Build(string[] args)
    {
        // The service takes --db like the verbs chat and region, so `./run --db regio.db` serves what `region create --db
        // regio.db` wrote; before, ASP.NET Core took it as a setting nobody reads and the service used the default file.
        var db = new Option<string?>(DbOption) { Description = "Het SQLite-bestand van de service (standaard: Storage:SqlitePath, anders advisor.db in de lokale app-data)." };
        var root = new RootCommand("SamenOpleiden.Advisor: adviesbot voor Samen Opleiden in Onderwijsregio's. Zonder opdracht start de service.")
        {
            // Without a verb the arguments belong to ASP.NET Core (--urls=..., --environment=..., as WebApplicationFactory passes them).
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(db);
        root.SetAction((parseResult, cancellationToken) => parseResult.UnmatchedTokens.Count > 0 && !args[0].StartsWith('-')
            ? UnknownVerbAsync(parseResult, args[0])
            : AdvisorWebApplication.RunAsync(ServiceArguments(args, parseResult.GetValue(db)), cancellationToken));
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(AssessCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(RecogniseCommand.Create());
        root.Subcommands.Add(TeamsPackageCommand.Create());
        root.Subcommands.Add(RegionCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs. Without a verb unknown arguments go on to ASP.NET Core; a verb knows all its options, so one it
    /// does not know (<c>region create --databse</c>) is refused instead of silently ignored, which would write to the
    /// default database.
    /// </summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var parsed = Build(args).Parse(args);
        if (parsed.CommandResult.Command is RootCommand || parsed.UnmatchedTokens.Count == 0)
        {
            return await parsed.InvokeAsync(configuration);
        }

        var verb = new List<string>();
        for (var result = parsed.CommandResult; result.Command is not RootCommand; result = (CommandResult)result.Parent!)
        {
            verb.Insert(0, result.Command.Name);
        }

        var error = configuration?.Error ?? Console.Error;
        await error.WriteLineAsync($"Fout: '{string.Join(" ", parsed.UnmatchedTokens)}' kent '{string.Join(" ", verb)}' niet. Zie '{string.Join(" ", verb)} --help'.");
        return 2;
    }

    /// <summary>The arguments ASP.NET Core gets: <c>--db PATH</c> becomes the setting <c>Storage:SqlitePath</c>, the rest as given.</summary>
    private static string[] ServiceArguments(string[] args, string? db)
    {
        if (db is null)
        {
            return args;
        }

        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == DbOption)
            {
                i++;
            }
            else if (!args[i].StartsWith(DbOption + "=", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
            }
        }

        rest.Add($"--Storage:SqlitePath={Path.GetFullPath(db)}");
        return [.. rest];
    }

    private static async Task<int> UnknownVerbAsync(ParseResult parseResult, string verb)
    {
        await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Fout: onbekende opdracht '{verb}'. Zie --help voor de opdrachten.");
        return 2;
    }
}

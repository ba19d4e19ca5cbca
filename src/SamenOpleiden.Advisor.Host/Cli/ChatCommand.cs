using System.CommandLine;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Host.Cli.Chat;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary><c>chat [--db PATH] [--resume ID]</c>: the conversation in the terminal, stored like any other channel's.</summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = "Het SQLite-bestand (standaard: advisor.db in de lokale app-data; bij Storage:Provider=Postgres niet gebruikt)." };
        var resume = new Option<string?>("--resume") { Description = "Ga verder met een eerder gesprek (het id dat bij de start getoond wordt)." };
        var rules = new Option<string?>("--rules") { Description = "De map met regels (standaard: rules/ naast het programma)." };
        var reports = new Option<string?>("--reports") { Description = "Waar 'rapport' het rapport neerzet (standaard: de map rapporten naast het SQLite-bestand)." };
        var command = new Command("chat", "Vul de typering in via een gesprek in de terminal.") { db, resume, rules, reports };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(db), result.GetValue(resume), result.GetValue(rules), result.GetValue(reports), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? db, string? resume, string? rules, string? reports, CancellationToken cancellationToken)
    {
        // The terminal files no reports under a region, so it asks no region code (the engine asks one when it can join
        // regions); it writes them as files (ReportFiles).
        await using var host = AdvisorCliHost.Build(
            services =>
            {
                services.RemoveAll<IRegionDirectory>();
                services.Replace(ServiceDescriptor.Singleton<IReportLinks>(provider => new ReportFiles(
                    provider.GetRequiredService<IConversationStore>(),
                    provider.GetRequiredService<IAssessmentEvaluator>(),
                    provider,
                    reports ?? Path.Combine(Path.GetDirectoryName(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteFile())!, "rapporten"))));
            },
            ("Advisor:RulesPath", rules),
            ("Storage:SqlitePath", db));
        IConversationEngine engine;
        try
        {
            engine = host.Services.GetRequiredService<IConversationEngine>();
        }
        catch (RuleSetException e)
        {
            Console.Error.WriteLine($"De regels zijn niet in orde (draai 'rules validate'):{Environment.NewLine}{e.Message}");
            return 1;
        }
        catch (Exception e) when (StartupFault.Describe(e) is { } reason)
        {
            Console.Error.WriteLine($"De chat start niet: {reason}");
            return 1;
        }

        var conversationId = string.IsNullOrWhiteSpace(resume) ? Guid.NewGuid().ToString("N")[..12] : resume.Trim();
        var chat = new TerminalChat(engine, conversationId, Environment.UserName);
        return await chat.RunAsync(Console.In, Console.Out, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected, cancellationToken);
    }
}

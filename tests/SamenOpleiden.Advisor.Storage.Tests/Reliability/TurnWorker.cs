using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

/// <summary>
/// The process the crash tests kill: <c>dotnet SamenOpleiden.Advisor.Storage.Tests.dll turn-worker
/// sqlite|postgres {path or connection string} {conversations} {turns}</c> applies turns <c>c{n}-t{k}</c>
/// of several conversations at once and prints <c>ack {id}</c> once a turn is committed, as a
/// service acknowledges a message. Run again, it redelivers every turn: committed ones are answered
/// from the store, the rest are applied.
/// </summary>
public static class TurnWorker
{
    public static async Task<int> Main(string[] args)
    {
        if (args is not ["turn-worker", var provider, var target, var conversationsText, var turnsText])
        {
            // Started by the test runner as a library, or by hand without arguments.
            return 0;
        }

        var store = Open(provider, target);
        var conversations = int.Parse(conversationsText, System.Globalization.CultureInfo.InvariantCulture);
        var turns = int.Parse(turnsText, System.Globalization.CultureInfo.InvariantCulture);
        var console = new object();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(n => Task.Run(async () =>
        {
            for (var t = 0; t < turns; t++)
            {
                var id = $"c{n}-t{t}";
                await TurnRunner.ApplyAsync(store, $"crash-{n}", id, CancellationToken.None);
                lock (console)
                {
                    Console.Out.WriteLine($"ack {id}");
                    Console.Out.Flush();
                }
            }
        })));
        return 0;
    }

    /// <summary>The conversation store as the service composes it, on the SQLite file or PostgreSQL database <paramref name="target"/>.</summary>
    public static IConversationStore Open(string provider, string target)
    {
        Dictionary<string, string?> settings = provider switch
        {
            "sqlite" => new() { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = target },
            "postgres" => new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Advisor"] = target },
            _ => throw new ArgumentException($"Unknown provider '{provider}'.", nameof(provider)),
        };
        return new ServiceCollection()
            .AddAdvisorStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider()
            .GetRequiredService<IConversationStore>();
    }
}

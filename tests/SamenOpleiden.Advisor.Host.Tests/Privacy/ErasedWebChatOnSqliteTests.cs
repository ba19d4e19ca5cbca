using SamenOpleiden.Advisor.Testing.DirectLine;
using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Privacy;

public sealed class ErasedWebChatOnSqliteTests : ErasedWebChatContract
{
    protected override string Provider => "SQLite";

    [Fact]
    public async Task AfterVerwijderMijnGegevensTheDatabaseAndItsWalHoldNoCopyOfWhatWasTyped()
    {
        var client = new DirectLineClient(App.CreateClient());
        var visitor = await WebChatVisitor.StartAsync(client);
        await visitor.SayAsync("geen");
        await visitor.SayAsync(RegionName);
        // Each turn rewrites the conversation's pages, so older copies of the name pile up in the WAL and, once the
        // WAL is copied into the database (as the service does every few hundred turns), in its free pages.
        for (var turn = 0; turn < 8; turn++)
        {
            await visitor.SayAsync(turn % 2 == 0 ? "help" : "samenvatting");
            if (turn == 3)
            {
                Checkpoint();
            }
        }

        var before = CopiesOnDisk();
        await visitor.SayAsync("verwijder mijn gegevens");
        await EraseAsync(client, visitor);
        var after = CopiesOnDisk();

        ReliabilityLog.Write($"hardening #4 deleted text on disk (SQLite): copies of the region typed before deletion {before.Database} in the database file, " +
            $"{before.Wal} in its WAL; after: {after.Database} and {after.Wal}");
        Assert.True(before.Database + before.Wal > 0, "the name was never written to disk, so this test proves nothing");
        Assert.Equal((0, 0), after);
    }

    private void Checkpoint()
    {
        using var connection = new SqliteConnection($"Data Source={App.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        command.ExecuteNonQuery();
    }

    private (int Database, int Wal) CopiesOnDisk() => (Copies(App.DatabasePath), Copies(App.DatabasePath + "-wal"));

    private static int Copies(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var bytes = new MemoryStream();
        file.CopyTo(bytes);
        var haystack = bytes.ToArray().AsSpan();
        var needle = Encoding.UTF8.GetBytes(RegionName);
        var count = 0;
        for (var at = haystack.IndexOf(needle); at >= 0; at = haystack.IndexOf(needle))
        {
            count++;
            haystack = haystack[(at + needle.Length)..];
        }

        return count;
    }
}

using System.Globalization;
using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Schema;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.Databases;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>The one migration mechanism on every database: each migration once, in order, all or nothing, and old data kept readable.</summary>
public abstract class MigratorContract(TestDatabase database) : DatabaseTest(database)
{
    [Fact]
    public async Task EnsureMigratedAsync_FiveInstancesStartingAtOnce_ApplyEveryMigrationExactlyOnce()
    {
        var instances = Enumerable.Range(0, 5).Select(_ => Database.Open()).ToArray();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.EnsureMigratedAsync(Ct))));

        Assert.Equal(Migrations.All.Count, Database.Count("schema_version"));
        Assert.Equal(Migrations.All.Max(m => m.Version), Convert.ToInt32(Database.Scalar("SELECT MAX(version) FROM schema_version;"), CultureInfo.InvariantCulture));
        Assert.Equal(0L, Database.Count("conversations"));
    }

    [Fact]
    public async Task ApplyAsync_AppendedMigration_AppliesOnlyTheNewOneAndReleasesTheLock()
    {
        var opened = Database.Open();
        List<Migration> extended = [.. Migrations.All, new(99, "test table", _ => "CREATE TABLE extra (id integer);")];

        await using (var session = await opened.OpenAsync(Ct))
        {
            await Migrator.ApplyAsync(session.Connection, opened.Dialect, extended, opened.Now(), Ct);
            await Migrator.ApplyAsync(session.Connection, opened.Dialect, extended, opened.Now(), Ct);
            Assert.Equal(99, await Migrator.CurrentVersionAsync(session.Connection, null, Ct));
        }

        Assert.Equal(0L, Database.Count("extra"));
        AssertNoMigrationLockHeld();
    }

    [Fact]
    public async Task ApplyAsync_FailingMigration_LeavesVersionAndSchemaUnchanged()
    {
        var opened = Database.Open();
        List<Migration> broken = [.. Migrations.All, new(50, "broken", _ => "CREATE TABLE half (id integer); SELECT * FROM missing_table;")];

        await using var session = await opened.OpenAsync(Ct);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => Migrator.ApplyAsync(session.Connection, opened.Dialect, broken, opened.Now(), Ct));

        Assert.Equal(Migrations.All.Max(m => m.Version), await Migrator.CurrentVersionAsync(session.Connection, null, Ct));
        Assert.DoesNotContain("half", Database.CatalogueTables());
    }

    [Fact]
    public async Task EnsureMigratedAsync_ReportFinishedUnderAnOlderSchema_ReadsBackTheSameMomentAndResult()
    {
        var finished = new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        var result = ResultFixtures.SharedCase("binnenmeren");
        await WriteReportUnderVersion5Async(finished, result);

        var archive = new ReportArchive(Database.Open(), TimeSpan.FromDays(30));
        var listed = Assert.Single(await archive.ListRoundAsync("noord", 1, Ct));

        // PostgreSQL keeps microseconds; the moment is the same, whatever offset it was written with.
        Assert.InRange(Math.Abs((listed.CompletedAt - finished).Ticks), 0, 10);
        Assert.Equal(AssessmentJson.Serialize(result), AssessmentJson.Serialize(listed.Result));
        Assert.Equal("Kort", listed.Remarks["kwaliteit"]);
    }

    /// <summary>Checks that migrating left no lock behind where the database takes one.</summary>
    protected virtual void AssertNoMigrationLockHeld()
    {
    }

    /// <summary>A report as the builds before migration 6 stored it: the completion time as ISO 8601 text.</summary>
    private async Task WriteReportUnderVersion5Async(DateTimeOffset finished, AssessmentResult result)
    {
        var dialect = Database.Open().Dialect;
        await using var connection = Database.OpenConnection();
        await Migrator.ApplyAsync(connection, dialect, [.. Migrations.All.Where(m => m.Version <= 5)], dialect.TimestampValue(DateTimeOffset.UtcNow), Ct);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO report_assessments (report_id, user_key, region_id, round, consented_name, completed_at, completed_ticks, result_json, remarks_json)
            VALUES ('r1', 'web:u1', 'noord', 1, NULL, @completed, @ticks, @result, @remarks);
            """;
        await insert.With("@completed", finished.ToString("O", CultureInfo.InvariantCulture)).With("@ticks", finished.UtcTicks)
            .With("@result", AssessmentJson.Serialize(result)).With("@remarks", JsonSerializer.Serialize(new Dictionary<string, string> { ["kwaliteit"] = "Kort" }))
            .ExecuteNonQueryAsync(Ct);
    }
}

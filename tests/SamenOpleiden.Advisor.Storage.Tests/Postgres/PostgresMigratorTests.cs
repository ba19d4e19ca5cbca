using SamenOpleiden.Advisor.Storage.Postgres.Migrations;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMigratorTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new(cluster);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task EnsureMigratedAsync_FiveInstancesStartingAtOnce_ApplyEveryMigrationExactlyOnce()
    {
        var instances = Enumerable.Range(0, 5).Select(_ => _database.Open()).ToArray();

        await Task.WhenAll(instances.Select(i => Task.Run(() => i.EnsureMigratedAsync(CancellationToken.None))));

        Assert.Equal(PostgresMigrations.All.Count, _database.Count("schema_version"));
        Assert.Equal(PostgresMigrations.All.Max(m => m.Version), Convert.ToInt32(_database.Scalar("SELECT MAX(version) FROM schema_version;")));
        Assert.Equal(0L, _database.Count("conversations"));
    }

    [Fact]
    public async Task ApplyAsync_AppendedMigration_AppliesOnlyTheNewOneAndReleasesTheLock()
    {
        await _database.Open().EnsureMigratedAsync(CancellationToken.None);
        List<PostgresMigration> extended = [.. PostgresMigrations.All, new(99, "test table", "CREATE TABLE extra (id integer);")];

        await using (var connection = await _database.Open().OpenAsync(CancellationToken.None))
        {
            await PostgresMigrator.ApplyAsync(connection, extended, CancellationToken.None);
            await PostgresMigrator.ApplyAsync(connection, extended, CancellationToken.None);
            Assert.Equal(99, await PostgresMigrator.CurrentVersionAsync(connection, CancellationToken.None));
        }

        Assert.Equal(0L, _database.Count("extra"));
        Assert.Equal(0L, _database.Count("pg_locks", "locktype = 'advisory'"));
    }

    [Fact]
    public async Task ApplyAsync_FailingMigration_LeavesVersionAndSchemaUnchanged()
    {
        await _database.Open().EnsureMigratedAsync(CancellationToken.None);
        List<PostgresMigration> broken = [.. PostgresMigrations.All, new(50, "broken", "CREATE TABLE half (id integer); SELECT * FROM missing_table;")];

        await using var connection = await _database.Open().OpenAsync(CancellationToken.None);
        await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(() => PostgresMigrator.ApplyAsync(connection, broken, CancellationToken.None));

        Assert.Equal(PostgresMigrations.All.Max(m => m.Version), await PostgresMigrator.CurrentVersionAsync(connection, CancellationToken.None));
        Assert.Equal(0L, _database.Count("pg_tables", "tablename = 'half'"));
    }
}

using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigratorTests(PostgresCluster cluster) : MigratorContract(new PostgresTestDatabase(cluster))
{
    protected override string EarlierBuildScript => "postgres.sql";

    [Fact]
    public async Task EnsureMigratedAsync_EveryPointInTime_IsATimestampColumn()
    {
        await Database.Open().EnsureMigratedAsync(Ct);

        var textColumns = Database.Query(
            """
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND (column_name LIKE '%\_at' OR column_name LIKE '%\_utc') AND data_type <> 'timestamp with time zone'
            """,
            reader => reader.GetString(0));

        Assert.Empty(textColumns);
    }

    protected override void AssertNoMigrationLockHeld() => Assert.Equal(0L, Database.Count("pg_locks", "locktype = 'advisory'"));
}

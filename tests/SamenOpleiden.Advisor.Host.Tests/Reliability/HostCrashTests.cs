using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

[Trait("Needs", "Process")]
public sealed class SqliteHostCrashTests : HostCrashContract
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("advisor-crash-").FullName, "advisor.db");

    protected override string StoreName => "SQLite";

    private protected override Task<AdvisorService> StartHostAsync() => RealHost.StartOnSqliteAsync(_path);

    private protected override Task<IReadOnlyDictionary<string, int>> StoredAsync() => StoredActivities.InSqliteAsync(_path);
}

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresHostCrashTests(PostgresCluster cluster) : HostCrashContract
{
    private readonly string _connectionString = cluster.CreateDatabase();

    protected override string StoreName => "PostgreSQL";

    private protected override Task<AdvisorService> StartHostAsync() => RealHost.StartOnPostgresAsync(_connectionString);

    private protected override Task<IReadOnlyDictionary<string, int>> StoredAsync() => StoredActivities.InPostgresAsync(_connectionString);
}

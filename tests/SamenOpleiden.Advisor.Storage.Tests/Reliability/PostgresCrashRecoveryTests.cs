using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
[Trait("Needs", "Process")]
public sealed class PostgresCrashRecoveryTests(PostgresCluster cluster) : CrashRecoveryContract
{
    protected override string Provider => "postgres";

    protected override string Target { get; } = cluster.CreateDatabase();
}

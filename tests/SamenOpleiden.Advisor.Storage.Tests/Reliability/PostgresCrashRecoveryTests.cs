using SamenOpleiden.Advisor.Storage.Tests.Postgres;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashRecoveryTests(PostgresCluster cluster) : CrashRecoveryContract
{
    protected override string Provider => "postgres";

    protected override string Target { get; } = cluster.CreateDatabase();
}

using SamenOpleiden.Advisor.Testing.Postgres;

namespace SamenOpleiden.Advisor.Storage.Tests.TestSupport;

/// <summary>
/// Tests on the shared private cluster; they run one class at a time, each on its own database. (xunit finds a
/// collection's definition only in the assembly of its tests, so each test project that uses the cluster has one.)
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}

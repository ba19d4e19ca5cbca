using SamenOpleiden.Advisor.Testing.Postgres;
namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

/// <summary>Tests on the shared private cluster; they run one class at a time, each on its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}

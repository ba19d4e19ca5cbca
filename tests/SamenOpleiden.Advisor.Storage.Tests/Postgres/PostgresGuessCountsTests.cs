using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresGuessCountsTests(PostgresCluster cluster) : GuessCountsContract(new PostgresTestDatabase(cluster));

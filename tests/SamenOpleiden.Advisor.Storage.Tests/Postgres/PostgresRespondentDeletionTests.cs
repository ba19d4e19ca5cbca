using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class PostgresRespondentDeletionTests(PostgresCluster cluster) : RespondentDeletionContract(new PostgresTestDatabase(cluster));

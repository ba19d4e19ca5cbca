using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.Databases;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptStoreTests(PostgresCluster cluster) : TranscriptStoreContract(new PostgresTestDatabase(cluster));

using SamenOpleiden.Advisor.Storage.Tests.Postgres;

namespace SamenOpleiden.Advisor.Host.Tests.DirectLine;

[Collection(PostgresCollection.Name)]
public sealed class ErasedWebChatOnPostgresTests : ErasedWebChatContract
{
    public ErasedWebChatOnPostgresTests(PostgresCluster cluster)
    {
        App.Settings["Storage:Provider"] = "Postgres";
        App.Settings["ConnectionStrings:Advisor"] = cluster.CreateDatabase();
    }

    protected override string Provider => "PostgreSQL";
}

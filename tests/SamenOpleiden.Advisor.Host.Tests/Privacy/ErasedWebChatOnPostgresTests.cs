using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;

namespace SamenOpleiden.Advisor.Host.Tests.Privacy;

[Trait("Needs", "PostgreSQL")]
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

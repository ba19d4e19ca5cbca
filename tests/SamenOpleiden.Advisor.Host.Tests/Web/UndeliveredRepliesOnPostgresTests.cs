using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class UndeliveredRepliesOnPostgresTests : UndeliveredRepliesContract
{
    public UndeliveredRepliesOnPostgresTests(PostgresCluster cluster)
    {
        App.Settings["Storage:Provider"] = "Postgres";
        App.Settings["ConnectionStrings:Advisor"] = cluster.CreateDatabase();
    }

    protected override string Provider => "PostgreSQL";
}

namespace SamenOpleiden.Advisor.Host.Tests.Web;

public sealed class UndeliveredRepliesOnSqliteTests : UndeliveredRepliesContract
{
    protected override string Provider => "SQLite";
}

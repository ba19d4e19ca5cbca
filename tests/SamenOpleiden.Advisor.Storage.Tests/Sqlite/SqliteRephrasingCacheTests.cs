using SamenOpleiden.Advisor.Rephrasing.Caching;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteRephrasingCacheTests : RephrasingCacheContract, IDisposable
{
    private readonly TempDatabase _database = new();

    // A new SqliteDatabase per instance: its own pool and migration, as a second process would have.
    protected override IRephrasingCache CreateInstance() => new SqliteRephrasingCache(_database.Open(), TimeProvider.System);

    public void Dispose() => _database.Dispose();
}

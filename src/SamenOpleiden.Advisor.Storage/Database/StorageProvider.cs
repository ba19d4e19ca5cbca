namespace SamenOpleiden.Advisor.Storage.Database;

/// <summary>The databases the service can keep its data in (<c>Storage:Provider</c>).</summary>
internal enum StorageProvider
{
    /// <summary>One file next to the service, nothing to install; one service process per file.</summary>
    Sqlite,

    /// <summary>One server database shared by several instances behind a load balancer.</summary>
    Postgres,
}

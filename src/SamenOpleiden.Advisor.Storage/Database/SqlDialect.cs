using System.Data.Common;

namespace SamenOpleiden.Advisor.Storage.Database;

/// <summary>
/// What SQLite and PostgreSQL write differently, and nothing else: every store, the schema and the migrations are
/// written once, with parameters as <c>@name</c> (both drivers bind it), upserts as <c>ON CONFLICT</c> (both parse it)
/// and the few differences below asked of the dialect.
/// </summary>
internal abstract class SqlDialect
{
    public abstract StorageProvider Provider { get; }

    /// <summary>Column type of text and JSON (JSON stays text, so it is read back byte for byte).</summary>
    public abstract string Text { get; }

    /// <summary>Column type of a 32-bit whole number.</summary>
    public abstract string Int { get; }

    /// <summary>Column type of a 64-bit whole number.</summary>
    public abstract string BigInt { get; }

    /// <summary>Column type of a point in time (<see cref="TimestampValue(DateTimeOffset)"/> writes it).</summary>
    public abstract string Timestamp { get; }

    /// <summary>Column type of raw bytes (hashes).</summary>
    public abstract string Bytes { get; }

    /// <summary>Column type and key of a surrogate key the database numbers itself.</summary>
    public abstract string Identity { get; }

    /// <summary>Appended to a <c>CREATE TABLE</c> whose rows are stored in the order of its primary key, where the database can.</summary>
    public abstract string ClusteredByKey { get; }

    /// <summary>Appended to a <c>SELECT</c> that locks the rows it reads until the transaction ends (a database that locks whole writes needs nothing).</summary>
    public abstract string LockForUpdate { get; }

    /// <summary>Like <see cref="LockForUpdate"/>, but only keeps others from changing or deleting the rows meanwhile.</summary>
    public abstract string LockForShare { get; }

    /// <summary>Statements that make instances starting together take turns at migrating, and end that; null where the write lock already does.</summary>
    public abstract (string Lock, string Unlock)? MigrationLock { get; }

    /// <summary>A <c>FROM</c> item with one row per string of the JSON array in <paramref name="parameter"/>, in a column named <c>value</c>.</summary>
    public abstract string JsonStrings(string parameter);

    /// <summary>The parameter value of a point in time, as <see cref="Timestamp"/> columns hold it (UTC).</summary>
    public abstract object TimestampValue(DateTimeOffset moment);

    /// <summary>True when <paramref name="exception"/> is a duplicate primary or unique key.</summary>
    public abstract bool IsUniqueViolation(DbException exception);
}

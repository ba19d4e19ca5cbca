using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>SQLite's words: few column types, JSON arrays through <c>json_each</c>, and one writer at a time instead of row locks.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const int Constraint = 19;
    private const int PrimaryKey = 1555;
    private const int Unique = 2067;

    public static SqliteDialect Instance { get; } = new();

    public override StorageProvider Provider => StorageProvider.Sqlite;

    public override string Text => "TEXT";

    public override string Int => "INTEGER";

    public override string BigInt => "INTEGER";

    public override string Timestamp => "TEXT";

    public override string Bytes => "BLOB";

    // The rowid itself: numbered by SQLite, no second index.
    public override string Identity => "INTEGER PRIMARY KEY";

    public override string ClusteredByKey => " WITHOUT ROWID";

    // A write transaction holds the file's write lock (BEGIN IMMEDIATE) from its start.
    public override string LockForUpdate => "";

    public override string LockForShare => "";

    public override (string Lock, string Unlock)? MigrationLock => null;

    public override string JsonStrings(string parameter) => $"json_each({parameter})";

    // ISO 8601 in UTC, so timestamps compare as text in the order of time (retention's cutoff).
    public override object TimestampValue(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: Constraint, SqliteExtendedErrorCode: PrimaryKey or Unique };
}

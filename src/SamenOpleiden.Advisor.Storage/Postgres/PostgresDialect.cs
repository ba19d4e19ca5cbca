using System.Data.Common;
using Npgsql;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>PostgreSQL's words: real timestamps, row locks, an advisory lock for migrations, JSON arrays through <c>json_array_elements_text</c>.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Any constant shared by every instance; "SOAdvsr1" in ASCII.</summary>
    private const long MigrationLockKey = 0x534F_4164_7673_7231;

    public static PostgresDialect Instance { get; } = new();

    public override StorageProvider Provider => StorageProvider.Postgres;

    public override string Text => "text";

    public override string Int => "integer";

    public override string BigInt => "bigint";

    public override string Timestamp => "timestamptz";

    public override string Bytes => "bytea";

    public override string Identity => "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string ClusteredByKey => "";

    public override string LockForUpdate => " FOR UPDATE";

    public override string LockForShare => " FOR SHARE";

    // Session-level: held across the migrations' own transactions, released at the end or when the connection drops.
    public override (string Lock, string Unlock)? MigrationLock { get; } =
        ($"SELECT pg_advisory_lock({MigrationLockKey});", $"SELECT pg_advisory_unlock({MigrationLockKey});");

    public override string JsonStrings(string parameter) => $"json_array_elements_text(CAST({parameter} AS json))";

    // timestamptz takes a UTC DateTimeOffset as it is; Npgsql refuses other offsets.
    public override object TimestampValue(DateTimeOffset moment) => moment.ToUniversalTime();

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

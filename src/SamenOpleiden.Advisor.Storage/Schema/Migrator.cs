using System.Data.Common;
using System.Globalization;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>
/// Applies the migrations a database lacks, in version order, each in its own transaction with its row in
/// <c>schema_version</c>. Processes that start together take turns: under the dialect's migration lock (PostgreSQL's
/// advisory lock) or its write lock (SQLite), and each transaction reads the version again before it applies one.
/// </summary>
internal static class Migrator
{
    public static async Task ApplyAsync(
        DbConnection connection, SqlDialect dialect, IReadOnlyList<Migration> migrations, object now, CancellationToken cancellationToken)
    {
        var migrationLock = dialect.MigrationLock;
        if (migrationLock is { } taken)
        {
            await ExecuteAsync(connection, null, taken.Lock, cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null, $"""
                CREATE TABLE IF NOT EXISTS schema_version (
                    version {dialect.Int} PRIMARY KEY, description {dialect.Text} NOT NULL, applied_at {dialect.Timestamp} NOT NULL);
                """, cancellationToken);
            var current = await CurrentVersionAsync(connection, null, cancellationToken);
            foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                if (await CurrentVersionAsync(connection, transaction, cancellationToken) >= migration.Version)
                {
                    continue;
                }

                if (migration.Sql(dialect) is { Length: > 0 } sql)
                {
                    await ExecuteAsync(connection, transaction, sql, cancellationToken);
                }

                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @now);";
                await record.With("@version", migration.Version).With("@description", migration.Description).With("@now", now)
                    .ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (migrationLock is { } held)
            {
                await ExecuteAsync(connection, null, held.Unlock, CancellationToken.None);
            }
        }
    }

    public static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

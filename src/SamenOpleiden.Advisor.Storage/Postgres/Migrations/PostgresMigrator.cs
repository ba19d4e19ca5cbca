using Npgsql;

namespace SamenOpleiden.Advisor.Storage.Postgres.Migrations;

/// <summary>
/// Applies the migrations a database lacks, in version order, each in its own transaction. A
/// session-level advisory lock makes instances that start together take turns: the second one
/// waits, then finds every migration recorded and applies nothing.
/// </summary>
internal static class PostgresMigrator
{
    /// <summary>Any constant shared by every instance; "SOAdvsr1" in ASCII.</summary>
    private const long LockKey = 0x534F_4164_7673_7231;

    public static async Task ApplyAsync(NpgsqlConnection connection, IReadOnlyList<PostgresMigration> migrations, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey});", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);
                """, cancellationToken);
            var current = await CurrentVersionAsync(connection, cancellationToken);
            foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using var record = new NpgsqlCommand(
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, now());", connection, transaction);
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("d", migration.Description);
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey});", CancellationToken.None);
        }
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

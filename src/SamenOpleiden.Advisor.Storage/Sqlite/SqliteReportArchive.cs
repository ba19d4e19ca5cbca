using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>The report archive in SQLite. Link tokens are stored as SHA-256 hashes and expire after <c>linkLifetime</c>.</summary>
public sealed class SqliteReportArchive(SqliteDatabase database, TimeSpan linkLifetime, TimeProvider time) : IReportArchive
{
    private const string Columns = StoredRows.ArchivedAssessmentColumns;

    public async Task<ReportLink> SaveAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var token = SecretTokens.NewToken();
        var reportId = SecretTokens.NewToken();
        var expiresAt = time.GetUtcNow() + linkLifetime;

        await using var connection = database.Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var round = submission.RegionId is null ? null : await CurrentRoundAsync(connection, submission.RegionId, cancellationToken);
        var regionId = round is null ? null : submission.RegionId;

        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"""
                INSERT INTO report_assessments ({Columns}, completed_ticks)
                VALUES ($id, $user, $region, $round, $name, $completed, $result, $remarks, $ticks);
                INSERT INTO report_links (token_hash, report_id, expires_ticks) VALUES ($hash, $id, $expires);
                """;
            insert.Parameters.AddWithValue("$id", reportId);
            insert.Parameters.AddWithValue("$user", submission.UserKey);
            insert.Parameters.AddWithValue("$region", (object?)regionId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$round", (object?)round ?? DBNull.Value);
            insert.Parameters.AddWithValue("$name", string.IsNullOrWhiteSpace(submission.ConsentedName) ? DBNull.Value : submission.ConsentedName.Trim());
            insert.Parameters.AddWithValue("$completed", submission.CompletedAt.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$ticks", submission.CompletedAt.UtcTicks);
            insert.Parameters.AddWithValue("$result", AssessmentJson.Serialize(submission.Result));
            insert.Parameters.AddWithValue("$remarks", JsonSerializer.Serialize(submission.Remarks));
            insert.Parameters.AddWithValue("$hash", SecretTokens.Hash(token));
            insert.Parameters.AddWithValue("$expires", expiresAt.UtcTicks);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReportLink(token, reportId, expiresAt, round);
    }

    public async Task<ArchivedAssessment?> FindByLinkAsync(string token, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"SELECT {Columns} FROM report_assessments a JOIN report_links l USING (report_id) WHERE l.token_hash = $hash AND l.expires_ticks > $now",
            command =>
            {
                command.Parameters.AddWithValue("$hash", SecretTokens.Hash(token));
                command.Parameters.AddWithValue("$now", time.GetUtcNow().UtcTicks);
            },
            cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<ArchivedAssessment?> FindInRegionAsync(string regionId, string reportId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(
            $"SELECT {Columns} FROM report_assessments WHERE report_id = $id AND region_id = $region",
            command =>
            {
                command.Parameters.AddWithValue("$id", reportId);
                command.Parameters.AddWithValue("$region", regionId);
            },
            cancellationToken);
        return found.SingleOrDefault();
    }

    public async Task<IReadOnlyList<ArchivedAssessment>> ListRoundAsync(string regionId, int round, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"""
            SELECT {Columns} FROM report_assessments a
            WHERE region_id = $region AND round = $round
              AND NOT EXISTS (SELECT 1 FROM report_assessments b
                              WHERE b.region_id = a.region_id AND b.round = a.round AND b.user_key = a.user_key
                                AND (b.completed_ticks > a.completed_ticks OR (b.completed_ticks = a.completed_ticks AND b.report_id > a.report_id)))
            ORDER BY completed_ticks, report_id
            """,
            command =>
            {
                command.Parameters.AddWithValue("$region", regionId);
                command.Parameters.AddWithValue("$round", round);
            },
            cancellationToken);

    public async Task<int> DeleteRespondentAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM report_links WHERE report_id IN (SELECT report_id FROM report_assessments WHERE user_key = $user);
            DELETE FROM report_assessments WHERE user_key = $user;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$user", userKey);
        var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<int> DeleteExpiredLinksAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM report_links WHERE expires_ticks <= $now;";
        command.Parameters.AddWithValue("$now", time.GetUtcNow().UtcTicks);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int?> CurrentRoundAsync(SqliteConnection connection, string regionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(number) FROM report_rounds WHERE region_id = $region";
        command.Parameters.AddWithValue("$region", regionId);
        return await command.ExecuteScalarAsync(cancellationToken) is long round ? (int)round : null;
    }

    private async Task<IReadOnlyList<ArchivedAssessment>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ArchivedAssessment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(StoredRows.ReadArchivedAssessment(reader));
        }

        return rows;
    }
}

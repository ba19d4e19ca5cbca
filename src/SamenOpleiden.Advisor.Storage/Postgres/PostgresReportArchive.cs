using System.Globalization;
using System.Text.Json;
using Npgsql;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>The report archive on PostgreSQL; the same contract and hashing as <see cref="SqliteReportArchive"/>.</summary>
internal sealed class PostgresReportArchive(PostgresDatabase database, TimeSpan linkLifetime, TimeProvider time) : IReportArchive
{
    private const string Columns = StoredRows.ArchivedAssessmentColumns;

    public async Task<ReportLink> SaveAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var token = SecretTokens.NewToken();
        var reportId = SecretTokens.NewToken();
        var expiresAt = time.GetUtcNow() + linkLifetime;

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int? round = null;
        if (submission.RegionId is { } requested)
        {
            await using var current = new NpgsqlCommand("SELECT MAX(number) FROM report_rounds WHERE region_id = @region;", connection, transaction);
            current.Parameters.AddWithValue("region", requested);
            round = await current.ExecuteScalarAsync(cancellationToken) as int?;
        }

        await using (var insert = new NpgsqlCommand($"""
            INSERT INTO report_assessments ({Columns}, completed_ticks)
            VALUES (@id, @user, @region, @round, @name, @completed, @result, @remarks, @ticks);
            INSERT INTO report_links (token_hash, report_id, expires_ticks) VALUES (@hash, @id, @expires);
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", reportId);
            insert.Parameters.AddWithValue("user", submission.UserKey);
            insert.Parameters.Add(new NpgsqlParameter<string?>("region", round is null ? null : submission.RegionId) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.Add(new NpgsqlParameter<int?>("round", round) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer });
            insert.Parameters.Add(new NpgsqlParameter<string?>("name", string.IsNullOrWhiteSpace(submission.ConsentedName) ? null : submission.ConsentedName.Trim()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            insert.Parameters.AddWithValue("completed", submission.CompletedAt.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("ticks", submission.CompletedAt.UtcTicks);
            insert.Parameters.AddWithValue("result", AssessmentJson.Serialize(submission.Result));
            insert.Parameters.AddWithValue("remarks", JsonSerializer.Serialize(submission.Remarks));
            insert.Parameters.AddWithValue("hash", SecretTokens.Hash(token));
            insert.Parameters.AddWithValue("expires", expiresAt.UtcTicks);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReportLink(token, reportId, expiresAt, round);
    }

    public async Task<ArchivedAssessment?> FindByLinkAsync(string token, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM report_assessments a JOIN report_links l USING (report_id) WHERE l.token_hash = @hash AND l.expires_ticks > @now;",
            command =>
            {
                command.Parameters.AddWithValue("hash", SecretTokens.Hash(token));
                command.Parameters.AddWithValue("now", time.GetUtcNow().UtcTicks);
            },
            cancellationToken)).SingleOrDefault();

    public async Task<ArchivedAssessment?> FindInRegionAsync(string regionId, string reportId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM report_assessments WHERE report_id = @id AND region_id = @region;",
            command =>
            {
                command.Parameters.AddWithValue("id", reportId);
                command.Parameters.AddWithValue("region", regionId);
            },
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<ArchivedAssessment>> ListRoundAsync(string regionId, int round, CancellationToken cancellationToken) =>
        QueryAsync(
            $"""
            SELECT {Columns} FROM report_assessments a
            WHERE region_id = @region AND round = @round
              AND NOT EXISTS (SELECT 1 FROM report_assessments b
                              WHERE b.region_id = a.region_id AND b.round = a.round AND b.user_key = a.user_key
                                AND (b.completed_ticks > a.completed_ticks OR (b.completed_ticks = a.completed_ticks AND b.report_id > a.report_id)))
            ORDER BY completed_ticks, report_id;
            """,
            command =>
            {
                command.Parameters.AddWithValue("region", regionId);
                command.Parameters.AddWithValue("round", round);
            },
            cancellationToken);

    public async Task<int> DeleteRespondentAsync(string userKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Links go with their assessment (ON DELETE CASCADE).
        await using var command = new NpgsqlCommand("DELETE FROM report_assessments WHERE user_key = @user;", connection);
        command.Parameters.AddWithValue("user", userKey);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteExpiredLinksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM report_links WHERE expires_ticks <= @now;", connection);
        command.Parameters.AddWithValue("now", time.GetUtcNow().UtcTicks);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ArchivedAssessment>> QueryAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
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

using System.Globalization;
using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>The report archive. Link tokens are stored as SHA-256 hashes and expire after <c>linkLifetime</c>.</summary>
internal sealed class ReportArchive(StorageDatabase database, TimeSpan linkLifetime) : IReportArchive
{
    private const string Columns = StoredRows.ArchivedAssessmentColumns;

    public async Task<ReportLink> SaveAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        var token = SecretTokens.NewToken();
        var reportId = SecretTokens.NewToken();
        var expiresAt = database.Time.GetUtcNow() + linkLifetime;

        await using var write = await database.BeginWriteAsync(cancellationToken);
        int? round = null;
        if (submission.RegionId is { } requested
            && await write.Command("SELECT MAX(number) FROM report_rounds WHERE region_id = @region;").With("@region", requested)
                .ExecuteScalarAsync(cancellationToken) is { } current and not DBNull)
        {
            round = Convert.ToInt32(current, CultureInfo.InvariantCulture);
        }

        await write.Command($"""
            INSERT INTO report_assessments ({Columns}, completed_ticks)
            VALUES (@id, @user, @region, @round, @name, @completed, @result, @remarks, @ticks);
            INSERT INTO report_links (token_hash, report_id, expires_ticks) VALUES (@hash, @id, @expires);
            """)
            .With("@id", reportId)
            .With("@user", submission.UserKey)
            .With("@region", round is null ? null : submission.RegionId)
            .With("@round", round)
            .With("@name", string.IsNullOrWhiteSpace(submission.ConsentedName) ? null : submission.ConsentedName.Trim())
            .With("@completed", database.Dialect.TimestampValue(submission.CompletedAt))
            .With("@ticks", submission.CompletedAt.UtcTicks)
            .With("@result", AssessmentJson.Serialize(submission.Result))
            .With("@remarks", JsonSerializer.Serialize(submission.Remarks))
            .With("@hash", SecretTokens.Hash(token))
            .With("@expires", expiresAt.UtcTicks)
            .ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new ReportLink(token, reportId, expiresAt, round);
    }

    public async Task<ArchivedAssessment?> FindByLinkAsync(string token, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM report_assessments a JOIN report_links l USING (report_id) WHERE l.token_hash = @hash AND l.expires_ticks > @now;",
            cancellationToken, ("@hash", SecretTokens.Hash(token)), ("@now", database.Time.GetUtcNow().UtcTicks))).SingleOrDefault();

    public async Task<ArchivedAssessment?> FindInRegionAsync(string regionId, string reportId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"SELECT {Columns} FROM report_assessments WHERE report_id = @id AND region_id = @region;",
            cancellationToken, ("@id", reportId), ("@region", regionId))).SingleOrDefault();

    public async Task<IReadOnlyList<ArchivedAssessment>> ListRoundAsync(string regionId, int round, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"""
            SELECT {Columns} FROM report_assessments a
            WHERE region_id = @region AND round = @round
              AND NOT EXISTS (SELECT 1 FROM report_assessments b
                              WHERE b.region_id = a.region_id AND b.round = a.round AND b.user_key = a.user_key
                                AND (b.completed_ticks > a.completed_ticks OR (b.completed_ticks = a.completed_ticks AND b.report_id > a.report_id)))
            ORDER BY completed_ticks, report_id;
            """,
            cancellationToken, ("@region", regionId), ("@round", round));

    // Links go with their assessment (ON DELETE CASCADE).
    public Task<int> DeleteRespondentAsync(string userKey, CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM report_assessments WHERE user_key = @value;", userKey, cancellationToken);

    public Task<int> DeleteExpiredLinksAsync(CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM report_links WHERE expires_ticks <= @value;", database.Time.GetUtcNow().UtcTicks, cancellationToken);

    private async Task<int> WriteAsync(string sql, object value, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var deleted = await write.Command(sql).With("@value", value).ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return deleted;
    }

    private async Task<List<ArchivedAssessment>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var command = session.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        return await command.ReadAllAsync(StoredRows.ReadArchivedAssessment, cancellationToken);
    }
}

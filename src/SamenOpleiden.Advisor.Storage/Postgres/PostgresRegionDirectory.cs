using System.Security.Cryptography;
using Npgsql;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Regions and rounds on PostgreSQL; the same contract and hashing as <see cref="SqliteRegionDirectory"/>.</summary>
internal sealed class PostgresRegionDirectory(PostgresDatabase database, TimeProvider time) : IRegionDirectory
{
    public async Task<CreatedRegion> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Een regio heeft een naam nodig.", nameof(name));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var slug = RegionSlug.From(trimmed);
        // Two instances creating "Noord" at once: the loser's insert hits the key and it picks the next free id.
        for (var attempt = 0; ; attempt++)
        {
            var region = new CreatedRegion(await FreeIdAsync(connection, slug, cancellationToken), trimmed, SecretTokens.NewToken(), SecretTokens.NewAccessCode());
            try
            {
                await InsertAsync(connection, region, onConflictUpdate: false, cancellationToken);
                return region;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 5)
            {
                // Taken between our look-up and our insert: look again.
            }
        }
    }

    public async Task RegisterAsync(CreatedRegion region, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await InsertAsync(connection, region, onConflictUpdate: true, cancellationToken);
    }

    public async Task<RegionMembership?> TryJoinAsync(string accessCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT r.id, r.name, (SELECT MAX(number) FROM report_rounds WHERE region_id = r.id)
            FROM report_regions r WHERE r.access_code_hash = @hash;
            """, connection);
        command.Parameters.AddWithValue("hash", SecretTokens.HashAccessCode(accessCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RegionMembership(reader.GetString(0), reader.GetString(1), reader.GetInt32(2))
            : null;
    }

    public async Task<RegionDetails?> FindAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT r.name, o.number, o.opened_at FROM report_regions r
            JOIN report_rounds o ON o.region_id = r.id WHERE r.id = @id ORDER BY o.number;
            """, connection);
        command.Parameters.AddWithValue("id", regionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        string? name = null;
        var rounds = new List<RegionRound>();
        while (await reader.ReadAsync(cancellationToken))
        {
            name = reader.GetString(0);
            rounds.Add(new RegionRound(reader.GetInt32(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero)));
        }

        return name is null ? null : new RegionDetails(regionId, name, rounds);
    }

    public async Task<bool> IsCoordinatorAsync(string regionId, string? coordinatorToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(coordinatorToken))
        {
            return false;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT coordinator_hash FROM report_regions WHERE id = @id;", connection);
        command.Parameters.AddWithValue("id", regionId);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] stored
            && CryptographicOperations.FixedTimeEquals(stored, SecretTokens.Hash(coordinatorToken));
    }

    public async Task<int> OpenRoundAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Locking the region row makes two coordinators clicking at once get rounds n+1 and n+2.
        await using (var lockRegion = new NpgsqlCommand("SELECT 1 FROM report_regions WHERE id = @id FOR UPDATE;", connection, transaction))
        {
            lockRegion.Parameters.AddWithValue("id", regionId);
            if (await lockRegion.ExecuteScalarAsync(cancellationToken) is null)
            {
                throw new KeyNotFoundException($"Unknown region '{regionId}'.");
            }
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO report_rounds (region_id, number, opened_at)
            SELECT @id, MAX(number) + 1, @now FROM report_rounds WHERE region_id = @id HAVING COUNT(*) > 0
            RETURNING number;
            """, connection, transaction);
        command.Parameters.AddWithValue("id", regionId);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        var number = await command.ExecuteScalarAsync(cancellationToken) as int?
            ?? throw new KeyNotFoundException($"Unknown region '{regionId}'.");
        await transaction.CommitAsync(cancellationToken);
        return number;
    }

    private async Task InsertAsync(NpgsqlConnection connection, CreatedRegion region, bool onConflictUpdate, CancellationToken cancellationToken)
    {
        var onConflict = onConflictUpdate
            ? "ON CONFLICT (id) DO UPDATE SET name = excluded.name, coordinator_hash = excluded.coordinator_hash, access_code_hash = excluded.access_code_hash"
            : string.Empty;
        await using var command = new NpgsqlCommand($"""
            INSERT INTO report_regions (id, name, coordinator_hash, access_code_hash, created_at)
            VALUES (@id, @name, @coordinator, @code, @now) {onConflict};
            INSERT INTO report_rounds (region_id, number, opened_at) VALUES (@id, 1, @now) ON CONFLICT DO NOTHING;
            """, connection);
        command.Parameters.AddWithValue("id", region.RegionId);
        command.Parameters.AddWithValue("name", region.Name);
        command.Parameters.AddWithValue("coordinator", SecretTokens.Hash(region.CoordinatorToken));
        command.Parameters.AddWithValue("code", SecretTokens.HashAccessCode(region.AccessCode));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> FreeIdAsync(NpgsqlConnection connection, string slug, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM report_regions WHERE id = @slug OR id LIKE @prefix;", connection);
        command.Parameters.AddWithValue("slug", slug);
        command.Parameters.AddWithValue("prefix", slug + "-%");
        var taken = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                taken.Add(reader.GetString(0));
            }
        }

        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

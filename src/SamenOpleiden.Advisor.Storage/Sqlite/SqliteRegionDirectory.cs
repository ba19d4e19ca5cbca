using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>Regions and rounds in SQLite; the coordinator token and access code are stored as SHA-256 hashes only.</summary>
public sealed class SqliteRegionDirectory(SqliteDatabase database, TimeProvider time) : IRegionDirectory
{
    public async Task<CreatedRegion> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Een regio heeft een naam nodig.", nameof(name));
        }

        await using var connection = database.Open();
        var id = await FreeIdAsync(connection, RegionSlug.From(trimmed), cancellationToken);
        var region = new CreatedRegion(id, trimmed, SecretTokens.NewToken(), SecretTokens.NewAccessCode());
        await UpsertAsync(connection, region, cancellationToken);
        return region;
    }

    public async Task RegisterAsync(CreatedRegion region, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await UpsertAsync(connection, region, cancellationToken);
    }

    public async Task<RegionMembership?> TryJoinAsync(string accessCode, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.name, (SELECT MAX(number) FROM report_rounds WHERE region_id = r.id)
            FROM report_regions r WHERE r.access_code_hash = $hash
            """;
        command.Parameters.AddWithValue("$hash", SecretTokens.HashAccessCode(accessCode));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RegionMembership(reader.GetString(0), reader.GetString(1), reader.GetInt32(2))
            : null;
    }

    public async Task<RegionDetails?> FindAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.name, o.number, o.opened_at FROM report_regions r
            JOIN report_rounds o ON o.region_id = r.id WHERE r.id = $id ORDER BY o.number
            """;
        command.Parameters.AddWithValue("$id", regionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        string? name = null;
        var rounds = new List<RegionRound>();
        while (await reader.ReadAsync(cancellationToken))
        {
            name = reader.GetString(0);
            rounds.Add(new RegionRound(reader.GetInt32(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture)));
        }

        return name is null ? null : new RegionDetails(regionId, name, rounds);
    }

    public async Task<bool> IsCoordinatorAsync(string regionId, string? coordinatorToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(coordinatorToken))
        {
            return false;
        }

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coordinator_hash FROM report_regions WHERE id = $id";
        command.Parameters.AddWithValue("$id", regionId);
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] stored
            && CryptographicOperations.FixedTimeEquals(stored, SecretTokens.Hash(coordinatorToken));
    }

    public async Task<int> OpenRoundAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        // One statement, so two coordinators clicking at once get rounds n+1 and n+2, never a duplicate.
        command.CommandText = """
            INSERT INTO report_rounds (region_id, number, opened_at)
            SELECT $id, MAX(number) + 1, $now FROM report_rounds WHERE region_id = $id HAVING COUNT(*) > 0
            RETURNING number
            """;
        command.Parameters.AddWithValue("$id", regionId);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteScalarAsync(cancellationToken) is long number
            ? (int)number
            : throw new KeyNotFoundException($"Unknown region '{regionId}'.");
    }

    private async Task UpsertAsync(SqliteConnection connection, CreatedRegion region, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_regions (id, name, coordinator_hash, access_code_hash, created_at)
            VALUES ($id, $name, $coordinator, $code, $now)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, coordinator_hash = excluded.coordinator_hash,
                                           access_code_hash = excluded.access_code_hash;
            INSERT OR IGNORE INTO report_rounds (region_id, number, opened_at) VALUES ($id, 1, $now);
            """;
        command.Parameters.AddWithValue("$id", region.RegionId);
        command.Parameters.AddWithValue("$name", region.Name);
        command.Parameters.AddWithValue("$coordinator", SecretTokens.Hash(region.CoordinatorToken));
        command.Parameters.AddWithValue("$code", SecretTokens.HashAccessCode(region.AccessCode));
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> FreeIdAsync(SqliteConnection connection, string slug, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM report_regions WHERE id = $slug OR id LIKE $prefix";
        command.Parameters.AddWithValue("$slug", slug);
        command.Parameters.AddWithValue("$prefix", slug + "-%");
        var taken = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            taken.Add(reader.GetString(0));
        }

        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

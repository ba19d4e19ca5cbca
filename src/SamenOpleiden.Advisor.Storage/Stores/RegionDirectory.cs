using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Regions and rounds; the coordinator token and access code are stored as SHA-256 hashes only.</summary>
internal sealed class RegionDirectory(StorageDatabase database) : IRegionDirectory
{
    private const int CreateAttempts = 5;

    public async Task<CreatedRegion> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Een regio heeft een naam nodig.", nameof(name));
        }

        var slug = RegionSlug.From(trimmed);
        // Two instances creating "Noord" at once: the loser's insert hits the key and it picks the next free id.
        for (var attempt = 1; ; attempt++)
        {
            await using var write = await database.BeginWriteAsync(cancellationToken);
            var region = new CreatedRegion(await FreeIdAsync(write, slug, cancellationToken), trimmed, SecretTokens.NewToken(), SecretTokens.NewAccessCode());
            try
            {
                await InsertAsync(write, region, onConflictUpdate: false, cancellationToken);
                await write.CommitAsync(cancellationToken);
                return region;
            }
            catch (DbException e) when (database.Dialect.IsUniqueViolation(e) && attempt < CreateAttempts)
            {
                // Taken between our look-up and our insert: look again in a new transaction.
            }
        }
    }

    public async Task RegisterAsync(CreatedRegion region, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await InsertAsync(write, region, onConflictUpdate: true, cancellationToken);
        await write.CommitAsync(cancellationToken);
    }

    public async Task<RegionMembership?> TryJoinAsync(string accessCode, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        await using var reader = await session.Command("""
            SELECT r.id, r.name, (SELECT MAX(number) FROM report_rounds WHERE region_id = r.id)
            FROM report_regions r WHERE r.access_code_hash = @hash;
            """).With("@hash", SecretTokens.HashAccessCode(accessCode)).ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new RegionMembership(reader.GetString(0), reader.GetString(1), reader.GetInt32(2))
            : null;
    }

    public async Task<RegionDetails?> FindAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        var rows = await session.Command("""
            SELECT r.name, o.number, o.opened_at FROM report_regions r
            JOIN report_rounds o ON o.region_id = r.id WHERE r.id = @id ORDER BY o.number;
            """).With("@id", regionId)
            .ReadAllAsync(row => (Name: row.GetString(0), Round: new RegionRound(row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2))), cancellationToken);
        return rows.Count == 0 ? null : new RegionDetails(regionId, rows[0].Name, [.. rows.Select(row => row.Round)]);
    }

    public async Task<bool> IsCoordinatorAsync(string regionId, string? coordinatorToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(coordinatorToken))
        {
            return false;
        }

        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command("SELECT coordinator_hash FROM report_regions WHERE id = @id;").With("@id", regionId)
                .ExecuteScalarAsync(cancellationToken) is byte[] stored
            && CryptographicOperations.FixedTimeEquals(stored, SecretTokens.Hash(coordinatorToken));
    }

    public async Task<int> OpenRoundAsync(string regionId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // Locking the region's row makes two coordinators clicking at once get rounds n+1 and n+2, never one twice.
        if (!await write.Command($"SELECT 1 FROM report_regions WHERE id = @id{database.Dialect.LockForUpdate};").With("@id", regionId).AnyAsync(cancellationToken))
        {
            throw new KeyNotFoundException($"Unknown region '{regionId}'.");
        }

        var number = await write.Command("""
            INSERT INTO report_rounds (region_id, number, opened_at)
            SELECT @id, MAX(number) + 1, @now FROM report_rounds WHERE region_id = @id HAVING COUNT(*) > 0
            RETURNING number;
            """).With("@id", regionId).With("@now", database.Now()).ExecuteScalarAsync(cancellationToken)
            ?? throw new KeyNotFoundException($"Unknown region '{regionId}'.");
        await write.CommitAsync(cancellationToken);
        return Convert.ToInt32(number, CultureInfo.InvariantCulture);
    }

    private async Task InsertAsync(StorageSession write, CreatedRegion region, bool onConflictUpdate, CancellationToken cancellationToken)
    {
        var onConflict = onConflictUpdate
            ? " ON CONFLICT (id) DO UPDATE SET name = excluded.name, coordinator_hash = excluded.coordinator_hash, access_code_hash = excluded.access_code_hash"
            : string.Empty;
        await write.Command($"""
            INSERT INTO report_regions (id, name, coordinator_hash, access_code_hash, created_at)
            VALUES (@id, @name, @coordinator, @code, @now){onConflict};
            INSERT INTO report_rounds (region_id, number, opened_at) VALUES (@id, 1, @now) ON CONFLICT DO NOTHING;
            """)
            .With("@id", region.RegionId)
            .With("@name", region.Name)
            .With("@coordinator", SecretTokens.Hash(region.CoordinatorToken))
            .With("@code", SecretTokens.HashAccessCode(region.AccessCode))
            .With("@now", database.Now())
            .ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> FreeIdAsync(StorageSession write, string slug, CancellationToken cancellationToken)
    {
        var taken = (await write.Command("SELECT id FROM report_regions WHERE id = @slug OR id LIKE @prefix;")
            .With("@slug", slug).With("@prefix", slug + "-%")
            .ReadAllAsync(row => row.GetString(0), cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}

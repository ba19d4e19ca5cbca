using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>Reads the <c>Reports</c> section and opens the report stores; shared by the web service and the <c>region</c> verb.</summary>
internal sealed class ReportStorage : IDisposable
{
    private ReportStorage(ReportsOptions options, SqliteReportDatabase database, TimeProvider time)
    {
        Options = options;
        Database = database;
        Archive = new SqliteReportArchive(database, TimeSpan.FromDays(options.LinkLifetimeDays), time);
        Regions = new SqliteRegionDirectory(database, time);
    }

    public ReportsOptions Options { get; }

    public SqliteReportDatabase Database { get; }

    public IReportArchive Archive { get; }

    public IRegionDirectory Regions { get; }

    public static ReportStorage Open(IConfiguration configuration, TimeProvider time)
    {
        var options = configuration.GetSection(ReportsOptions.Section).Get<ReportsOptions>() ?? new ReportsOptions();
        Validate(options);
        var connectionString = options.ConnectionString
            ?? configuration.GetConnectionString("Advisor")
            ?? $"Data Source={Path.Combine(AppContext.BaseDirectory, "data", "advisor.db")}";
        return new ReportStorage(options, new SqliteReportDatabase(connectionString), time);
    }

    /// <summary>Registers the configured regions, so their tokens and codes work from the first request.</summary>
    public async Task RegisterConfiguredRegionsAsync(CancellationToken cancellationToken)
    {
        foreach (var region in Options.Regions)
        {
            await Regions.RegisterAsync(new CreatedRegion(region.Id!, region.Name!, region.CoordinatorToken!, region.AccessCode!), cancellationToken);
        }
    }

    public void Dispose() => Database.Dispose();

    private static void Validate(ReportsOptions options)
    {
        if (options.LinkLifetimeDays <= 0)
        {
            throw new InvalidOperationException("Reports:LinkLifetimeDays must be a positive number of days.");
        }

        foreach (var (region, i) in options.Regions.Select((r, i) => (r, i)))
        {
            if (new[] { region.Id, region.Name, region.CoordinatorToken, region.AccessCode }.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidOperationException($"Reports:Regions:{i} needs Id, Name, CoordinatorToken and AccessCode.");
            }

            if (region.CoordinatorToken!.Length < 16)
            {
                throw new InvalidOperationException($"Reports:Regions:{i}:CoordinatorToken is too short to be a secret (at least 16 characters).");
            }
        }
    }
}

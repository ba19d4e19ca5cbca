using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

/// <summary>The real service with its own SQLite file and the report fixtures' rules; one per test.</summary>
public sealed class ReportsApplication(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-host-reports-" + Guid.NewGuid().ToString("N"));

    public IReportArchive Archive => Services.GetRequiredService<IReportArchive>();

    public IRegionDirectory Regions => Services.GetRequiredService<IRegionDirectory>();

    /// <summary>Serves on a real Kestrel socket at 127.0.0.1 on a free port, for a browser; returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Uri(address);
    }

    public Task<ReportLink> SaveAsync(string userKey, AssessmentResult result, string? regionId = null, IReadOnlyDictionary<string, string>? remarks = null) =>
        Archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = userKey,
                RegionId = regionId,
                CompletedAt = DateTimeOffset.UtcNow,
                Result = result,
                Remarks = remarks ?? new Dictionary<string, string>(),
            },
            default);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_directory, "advisor.db"));
        builder.UseSetting("Reports:LinkLifetimeDays", "30");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Advisor:RulesPath", Path.Combine(ReportRules.RepoRoot, "rules"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

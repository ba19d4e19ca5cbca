using Microsoft.Extensions.Configuration;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

public class AdvisorDatabasePathTests
{
    [Fact]
    public void Resolve_PostgresProviderWithItsConnectionString_KeepsTheDefaultSqliteFile()
    {
        var configuration = Configuration("Postgres", "Host=127.0.0.1;Port=5432;Database=advisor;Username=advisor");

        var path = AdvisorDatabasePath.Resolve(configuration);

        Assert.Equal(AdvisorDatabasePath.FileName, Path.GetFileName(path));
    }

    [Fact]
    public void Resolve_SqliteProviderWithADataSource_UsesThatFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "advisor-path-test.db");

        Assert.Equal(file, AdvisorDatabasePath.Resolve(Configuration("Sqlite", $"Data Source={file}")));
    }

    private static IConfiguration Configuration(string provider, string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:Advisor"] = connectionString,
        }).Build();
}

using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using SamenOpleiden.Advisor.Host.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public class ReportsOptionsTests
{
    [Fact]
    public void Read_NoSection_LinksLast90Days()
    {
        var options = ReportsOptions.Read(Configuration([]));

        Assert.Equal(90, options.LinkLifetimeDays);
        Assert.Empty(options.Regions);
    }

    [Theory]
    [InlineData("Reports:LinkLifetimeDays", "0", "Reports:LinkLifetimeDays")]
    [InlineData("Reports:Regions:0:CoordinatorToken", "kort", "Reports:Regions:0:CoordinatorToken")]
    [InlineData("Reports:Regions:0:AccessCode", "", "Reports:Regions:0 needs")]
    public void Read_BadValue_FailsNamingTheKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reports:Regions:0:Id"] = "zuid",
            ["Reports:Regions:0:Name"] = "Zuid",
            ["Reports:Regions:0:CoordinatorToken"] = "zuid-coordinator-geheim-2026",
            ["Reports:Regions:0:AccessCode"] = "ZUID-2026",
            [key] = value,
        };

        var error = Assert.Throws<OptionsValidationException>(() => ReportsOptions.Read(Configuration(settings)));

        Assert.Contains(expected, error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}

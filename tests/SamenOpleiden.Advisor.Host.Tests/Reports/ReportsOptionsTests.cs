using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Host.Tests.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public class ReportsOptionsTests
{
    [Fact]
    public void Read_NoSection_HasNoConfiguredRegions()
    {
        var options = Read([]);

        Assert.Empty(options.Regions);
    }

    [Fact]
    public void Read_StrongTokenAndCode_AreAccepted()
    {
        var options = Read(Region());

        Assert.Equal("K7PM-Q3XD", Assert.Single(options.Regions).AccessCode);
    }

    [Theory]
    [InlineData("Reports:Regions:0:CoordinatorToken", "kort", "Reports:Regions:0:CoordinatorToken is too short")]
    [InlineData("Reports:Regions:0:AccessCode", "", "Reports:Regions:0 needs")]
    public void Read_BadValue_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(Region((key, value))));

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Reports:Regions:0:CoordinatorToken", "zuid-coordinator-geheim", "CoordinatorToken contains the region's id")]
    [InlineData("Reports:Regions:0:CoordinatorToken", "Qh7vR2mXc9Lp T4wZk8NbYd", "CoordinatorToken may only hold letters, digits")]
    [InlineData("Reports:Regions:0:CoordinatorToken", "abcdQh7vR2mXc9LpT4wZk8", "CoordinatorToken contains the series 'abcd'")]
    [InlineData("Reports:Regions:0:CoordinatorToken", "ababababababababababab", "CoordinatorToken uses only 2 different characters")]
    [InlineData("Reports:Regions:0:AccessCode", "ZUID-2026", "AccessCode contains the year 2026")]
    [InlineData("Reports:Regions:0:AccessCode", "NRD1-2026", "AccessCode contains the year 2026")]
    [InlineData("Reports:Regions:0:AccessCode", "K7PM", "AccessCode is too short to be a secret (4 letters and digits")]
    [InlineData("Reports:Regions:0:AccessCode", "AABB-AABB", "AccessCode uses only 2 different characters")]
    [InlineData("Reports:Regions:0:AccessCode", "1234-K7PM", "AccessCode contains the series '1234'")]
    [InlineData("Reports:Regions:0:AccessCode", "ZUIDK7PM", "AccessCode contains the region's id")]
    public void Read_WeakSecret_FailsNamingTheKeyAndTheFault(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(Region((key, value))));

        Assert.Contains("Reports:Regions:0:" + expected, error.Message);
    }

    [Fact]
    public void Read_TwoRegionsWithOneCode_FailsNamingBoth()
    {
        var settings = Region();
        settings["Reports:Regions:1:Id"] = "noord";
        settings["Reports:Regions:1:Name"] = "Noord";
        settings["Reports:Regions:1:CoordinatorToken"] = "Wp4nB8sLq2VxK6tRj9HcZm";
        settings["Reports:Regions:1:AccessCode"] = "k7pm q3xd";

        var error = Assert.Throws<OptionsValidationException>(() => Read(settings));

        Assert.Contains("Reports:Regions:1:AccessCode is the access code of Reports:Regions:0 as well", error.Message);
    }

    private static Dictionary<string, string?> Region(params (string Key, string Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reports:Regions:0:Id"] = "zuid",
            ["Reports:Regions:0:Name"] = "Zuid",
            ["Reports:Regions:0:CoordinatorToken"] = "Qh7vR2mXc9LpT4wZk8NbYd",
            ["Reports:Regions:0:AccessCode"] = "K7PM-Q3XD",
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static ReportsOptions Read(Dictionary<string, string?> settings) =>
        ComposedServices.Settings<ReportsOptions>([.. settings.Select(s => (s.Key, s.Value))]);
}

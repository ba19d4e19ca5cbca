using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;

namespace SamenOpleiden.Advisor.BotFramework.Tests;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void ReadOptions_BotFrameworkNames_AreReadFromTheConfigurationRoot()
    {
        var options = BotFrameworkServiceCollectionExtensions.ReadOptions(Config(
            ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "pw"), ("MicrosoftAppType", "singletenant"),
            ("MicrosoftAppTenantId", "tenant")));

        Assert.Equal(("app", "pw", BotAppType.SingleTenant, "tenant"),
            (options.MicrosoftAppId, options.MicrosoftAppPassword, options.MicrosoftAppType, options.MicrosoftAppTenantId));
        Assert.True(options.IsAuthenticationEnabled);
    }

    [Fact]
    public void ReadOptions_NoAppId_IsDevelopmentMode()
    {
        Assert.False(BotFrameworkServiceCollectionExtensions.ReadOptions(Config(("MicrosoftAppId", ""))).IsAuthenticationEnabled);
    }

    [Fact]
    public void ReadOptions_UnknownAppType_FailsNamingTheChoices()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            BotFrameworkServiceCollectionExtensions.ReadOptions(Config(("MicrosoftAppId", "app"), ("MicrosoftAppType", "Multi"))));

        Assert.Contains("MultiTenant, SingleTenant or UserAssignedMSI", error.Message);
    }

    [Fact]
    public void ReadOptions_SingleTenantWithoutTenant_FailsAtStart()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            BotFrameworkServiceCollectionExtensions.ReadOptions(Config(("MicrosoftAppId", "app"), ("MicrosoftAppType", "SingleTenant"))));

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Fact]
    public void ChannelLimits_OneSizeForEveryChannel_IsReadFromTheChannelsSection()
    {
        Assert.Equal(64 * 1024, ChannelLimits.Read(Config()).MaxActivityBytes);
        Assert.Equal(2000, ChannelLimits.Read(Config(("Channels:MaxActivityBytes", "2000"))).MaxActivityBytes);
        var error = Assert.Throws<OptionsValidationException>(() => ChannelLimits.Read(Config(("Channels:MaxActivityBytes", "10"))));
        Assert.Contains("Channels:MaxActivityBytes", error.Message);
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

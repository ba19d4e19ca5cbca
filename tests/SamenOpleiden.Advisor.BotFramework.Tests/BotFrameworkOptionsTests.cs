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
            ("MicrosoftAppTenantId", "tenant"), ("BotFramework:MaxRequestBodyBytes", "1000")));

        Assert.Equal(("app", "pw", BotAppType.SingleTenant, "tenant", 1000),
            (options.MicrosoftAppId, options.MicrosoftAppPassword, options.MicrosoftAppType, options.MicrosoftAppTenantId, options.MaxRequestBodyBytes));
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

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

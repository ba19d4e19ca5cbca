using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;

namespace SamenOpleiden.Advisor.BotFramework.Tests;

public sealed class BotFrameworkOptionsTests
{
    [Fact]
    public void ReadOptions_BotFrameworkNames_AreReadFromTheConfigurationRoot()
    {
        var options = ReadOptions(Config(
            ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "pw"), ("MicrosoftAppType", "singletenant"),
            ("MicrosoftAppTenantId", "tenant")));

        Assert.Equal(("app", "pw", BotAppType.SingleTenant, "tenant"),
            (options.MicrosoftAppId, options.MicrosoftAppPassword, options.MicrosoftAppType, options.MicrosoftAppTenantId));
        Assert.True(options.IsAuthenticationEnabled);
    }

    [Fact]
    public void ReadOptions_NoAppId_IsDevelopmentMode()
    {
        Assert.False(ReadOptions(Config(("MicrosoftAppId", ""))).IsAuthenticationEnabled);
    }

    [Fact]
    public void ReadOptions_UnknownAppType_FailsNamingTheChoices()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            ReadOptions(Config(("MicrosoftAppId", "app"), ("MicrosoftAppType", "Multi"))));

        Assert.Contains("MultiTenant, SingleTenant or UserAssignedMSI", error.Message);
    }

    [Fact]
    public void ReadOptions_SingleTenantWithoutTenant_FailsAtStart()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            ReadOptions(Config(("MicrosoftAppId", "app"), ("MicrosoftAppType", "SingleTenant"))));

        Assert.Contains("MicrosoftAppTenantId", error.Message);
    }

    [Theory]
    [InlineData("BotFramework:SigningKeyRefreshThrottle", "00:00:00", "at least 00:00:01")]
    [InlineData("BotFramework:SigningKeyLifetime", "00:01:00", "at least 00:05:00")]
    public void ReadOptions_SigningKeyIntervalsShorterThanIdentityModelAllows_FailAtStartNamingTheSetting(string setting, string value, string rule)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            ReadOptions(Config(("MicrosoftAppId", "app"), (setting, value))));

        Assert.Contains($"{setting} is {value}; it must be {rule}", error.Message);
    }

    [Fact]
    public void ChannelLimits_OneSizeForEveryChannel_IsReadFromTheChannelsSection()
    {
        Assert.Equal(64 * 1024, ReadLimits(Config()).MaxActivityBytes);
        Assert.Equal(2000, ReadLimits(Config(("Channels:MaxActivityBytes", "2000"))).MaxActivityBytes);
        var error = Assert.Throws<OptionsValidationException>(() => ReadLimits(Config(("Channels:MaxActivityBytes", "10"))));
        Assert.Contains("Channels:MaxActivityBytes", error.Message);
    }

    private static BotFrameworkOptions ReadOptions(IConfiguration configuration) => Resolve<BotFrameworkOptions>(configuration);

    private static ChannelLimits ReadLimits(IConfiguration configuration) => Resolve<ChannelLimits>(configuration);

    // As the channel binds and checks them: the first use throws the check's fault.
    private static T Resolve<T>(IConfiguration configuration)
        where T : notnull
    {
        using var services = new ServiceCollection().AddBotFramework(configuration).BuildServiceProvider();
        return services.GetRequiredService<T>();
    }

    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

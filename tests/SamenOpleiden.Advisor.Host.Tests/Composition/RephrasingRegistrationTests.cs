using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Rephrasing;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

/// <summary>The Host reads the <c>Rephrasing</c> section the way an operator writes it.</summary>
public sealed class RephrasingRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        ComposedServices.On([.. settings.Select(s => (s.Key, s.Value))]);

    [Fact]
    public async Task WithoutConfigurationTheLayerIsOff()
    {
        await using var services = Build([]);

        Assert.False(services.GetRequiredService<IAdviceRephraser>().IsEnabled);
    }

    [Fact]
    public async Task EnabledWithEndpointAndModelTheLayerIsOnWithTheConfiguredBudgetAndStyle()
    {
        await using var services = Build(new()
        {
            ["Rephrasing:Enabled"] = "true",
            ["Rephrasing:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Rephrasing:Model"] = "llama3.1",
            ["Rephrasing:TimeoutSeconds"] = "3",
            ["Rephrasing:Style"] = "kort",
        });

        var options = services.GetRequiredService<RephrasingOptions>();

        Assert.True(services.GetRequiredService<IAdviceRephraser>().IsEnabled);
        Assert.Equal(TimeSpan.FromSeconds(3), options.Timeout);
        Assert.Equal("kort", options.Style);
    }

    [Fact]
    public void EnabledWithoutAModelStopsTheStartNamingTheSetting()
    {
        using var services = Build(new()
        {
            ["Rephrasing:Enabled"] = "true",
            ["Rephrasing:Endpoint"] = "https://api.openai.com/v1",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Rephrasing:Model", error.Message);
    }
}

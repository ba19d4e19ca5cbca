using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

/// <summary>The composition checks every section when the service starts and says every wrong key at once.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void SeveralWrongSectionsAreNamedTogetherWithoutAStackTrace()
    {
        using var services = ComposedServices.On(("Guessing:Window", "00:00:00"), ("Retention:Days", "0"), ("Channels:MaxActivityBytes", "10"));

        var error = Assert.ThrowsAny<Exception>(() => services.GetRequiredService<IStartupValidator>().Validate());
        var reason = StartupFault.Describe(error);

        Assert.NotNull(reason);
        Assert.Contains("Guessing:Window must be a positive time span", reason);
        Assert.Contains("Retention:Days must be a positive number of days", reason);
        Assert.Contains("Channels:MaxActivityBytes must be between 1024 and 4194304 bytes", reason);
        Assert.DoesNotContain("   at ", reason);
    }

    [Fact]
    public void TheShippedDefaultsPassTheChecks()
    {
        using var services = ComposedServices.On();

        services.GetRequiredService<IStartupValidator>().Validate();
    }
}

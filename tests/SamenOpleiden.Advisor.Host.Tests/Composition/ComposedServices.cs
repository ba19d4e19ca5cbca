using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Composition;

/// <summary>The service's one composition on the given settings, without a host: what a verb resolves.</summary>
internal static class ComposedServices
{
    public static ServiceProvider On(params (string Key, string? Value)[] settings) =>
        (ServiceProvider)new DecoratingServiceProviderFactory(new HostingEnvironment { EnvironmentName = Environments.Production }).CreateServiceProvider(
            new ServiceCollection().AddAdvisor(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build()));

    /// <summary>The settings as the service binds and checks them; throws the check's fault.</summary>
    public static T Settings<T>(params (string Key, string? Value)[] settings)
        where T : notnull
    {
        using var services = On(settings);
        return services.GetRequiredService<T>();
    }
}

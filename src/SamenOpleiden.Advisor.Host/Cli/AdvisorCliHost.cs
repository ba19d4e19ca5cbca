using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// The service as a verb sees it: the same configuration (<see cref="AdvisorConfiguration"/>) with the verb's own
/// options on top, and the same composition (<see cref="AdvisorServiceCollectionExtensions.AddAdvisor"/>). The host is
/// built, not started: no background work runs, and a verb builds only the services it resolves.
/// </summary>
internal sealed class AdvisorCliHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AdvisorCliHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IConfiguration Configuration => Services.GetRequiredService<IConfiguration>();

    /// <param name="overrides">The verb's options as settings, e.g. <c>Storage:SqlitePath</c> for <c>--db</c>; null values are left out.</param>
    public static AdvisorCliHost Build(params (string Key, string? Value)[] overrides) => Build(_ => { }, overrides);

    /// <param name="adjust">What this verb leaves out of the service's composition, applied after <c>AddAdvisor</c>.</param>
    /// <param name="overrides">The verb's options as settings; null values are left out.</param>
    public static AdvisorCliHost Build(Action<IServiceCollection> adjust, params (string Key, string? Value)[] overrides)
    {
        var settings = new HostApplicationBuilderSettings { Configuration = new ConfigurationManager() };
        // A verb runs once: no watching of settings files (in the working directory, which may be large).
        settings.Configuration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(settings);
        builder.Configuration.AddAdvisorSettings(overrides.Where(o => o.Value is not null).Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)));
        // A verb's output is its answer; the service's log lines do not belong in the terminal.
        builder.Logging.ClearProviders();
        builder.Services.AddAdvisor(builder.Configuration);
        adjust(builder.Services);
        builder.ConfigureContainer(new DecoratingServiceProviderFactory(builder.Environment));
        return new AdvisorCliHost(builder.Build());
    }

    public ValueTask DisposeAsync() => ((IAsyncDisposable)_host).DisposeAsync();
}

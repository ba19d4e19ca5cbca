namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The container of the web service and every verb: Microsoft's, checked as the host would check it, built once the
/// recorded decorators are in place (<see cref="Decorators"/>), after every registration, a test's included.
/// </summary>
internal sealed class DecoratingServiceProviderFactory(IHostEnvironment environment) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services) => services;

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) =>
        Decorators.Apply(containerBuilder).BuildServiceProvider(new ServiceProviderOptions
        {
            // As the default host does: the checks cost start-up time, so in development only.
            ValidateScopes = environment.IsDevelopment(),
            ValidateOnBuild = environment.IsDevelopment(),
        });
}

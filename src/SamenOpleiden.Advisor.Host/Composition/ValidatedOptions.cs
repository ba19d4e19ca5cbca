using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>The one way the service binds a settings section: bound, checked when the host starts, and injectable as itself.</summary>
internal static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and checks it with <typeparamref name="TValidation"/>,
    /// whose faults name their keys: the web service refuses to start with them (<see cref="StartupFault"/>), a verb
    /// says them when it first uses the settings.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<TOptions, TValidation>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidation : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidation>());
        // Consumers take the settings themselves; they never change while the service runs.
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<TOptions>>().Value);
        return services;
    }
}

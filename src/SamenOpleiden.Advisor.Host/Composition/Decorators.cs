namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Wrapping a service in a decorator, independent of registration order: <see cref="Decorate{T}"/> records the wish, and
/// <see cref="Apply"/> (called by <see cref="DecoratingServiceProviderFactory"/> as the container is built) wraps whichever
/// registration of the service is in force then, also one a test or an extension added after <c>AddAdvisor</c>.
/// </summary>
internal static class Decorators
{
    /// <summary>Wraps the registration of <typeparamref name="T"/> that is last when the container is built.</summary>
    public static IServiceCollection Decorate<T>(this IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        services.AddSingleton(new Decoration(typeof(T), (provider, inner) => wrap(provider, (T)inner)));
        return services;
    }

    /// <summary>The registrations with every recorded decorator in place; a service nobody registered is left out.</summary>
    public static IServiceCollection Apply(IServiceCollection services)
    {
        IServiceCollection decorated = new ServiceCollection();
        foreach (var descriptor in services)
        {
            decorated.Add(descriptor);
        }

        var decorations = services.Where(d => d.ServiceType == typeof(Decoration)).Select(d => (Decoration)d.ImplementationInstance!).ToList();
        foreach (var decoration in decorations)
        {
            if (decorated.LastOrDefault(d => d.ServiceType == decoration.ServiceType && !d.IsKeyedService) is not { } original)
            {
                continue;
            }

            decorated.Remove(original);
            decorated.Add(ServiceDescriptor.Describe(
                decoration.ServiceType, provider => decoration.Wrap(provider, Resolve(provider, original)), original.Lifetime));
        }

        return decorated;
    }

    private static object Resolve(IServiceProvider provider, ServiceDescriptor original) =>
        original.ImplementationInstance
        ?? original.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);

    private sealed record Decoration(Type ServiceType, Func<IServiceProvider, object, object> Wrap);
}

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

    /// <summary>The registrations with every recorded decorator in place; the decorator of a service nobody registered does nothing.</summary>
    public static IServiceCollection Apply(IServiceCollection services)
    {
        IServiceCollection decorated = new ServiceCollection();
        var decorations = new List<Decoration>();
        foreach (var descriptor in services)
        {
            // The wishes themselves are not services.
            if (descriptor.ServiceType == typeof(Decoration))
            {
                decorations.Add((Decoration)descriptor.ImplementationInstance!);
            }
            else
            {
                decorated.Add(descriptor);
            }
        }

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

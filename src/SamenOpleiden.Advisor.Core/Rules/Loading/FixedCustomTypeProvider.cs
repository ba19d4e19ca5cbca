using System.Collections;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.CustomTypeProviders;
using RulesEngine.HelperFunctions;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// The types rule expressions may name: the same set RulesEngine's <c>CustomTypeProvider</c> builds (the workflow's
/// custom types, RulesEngine's <see cref="ExpressionUtils"/>, <see cref="Enumerable"/>, their base types and interfaces,
/// <see cref="IEnumerable"/>), without adding types marked <c>[DynamicLinqType]</c> found by scanning the loaded
/// assemblies: no assembly of this service marks any.
/// </summary>
internal sealed class FixedCustomTypeProvider : DefaultDynamicLinqCustomTypeProvider
{
    private readonly HashSet<Type> _types;

    public FixedCustomTypeProvider(IEnumerable<Type> customTypes) : base(ParsingConfig.Default)
    {
        _types = [.. customTypes, typeof(ExpressionUtils), typeof(Enumerable)];
        var queue = new Queue<Type>(_types);
        while (queue.TryDequeue(out var type))
        {
            foreach (var related in type.GetInterfaces().Prepend(type.BaseType))
                if (related is not null && _types.Add(related)) queue.Enqueue(related);
        }

        _types.Add(typeof(IEnumerable));
    }

    public override HashSet<Type> GetCustomTypes() => _types;
}

using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// Reads back the inputs a rule's expression refers to (<c>phase["financien"]</c>, <c>profile.RegionType</c>,
/// <c>profile.HasSector("mbo")</c>), so "waarom?" can show the answers a rule used. Found once per rule
/// from the expression text; read only when the rule fires.
/// </summary>
internal sealed partial class UsedInputs
{
    private readonly IReadOnlyList<(string Label, Func<object[], object?> Read)> _readers;

    private UsedInputs(IReadOnlyList<(string, Func<object[], object?>)> readers) => _readers = readers;

    [GeneratedRegex("""(?<param>[a-z]+)\s*\[\s*"(?<key>[^"]+)"\s*\]""")]
    private static partial Regex IndexerPattern();

    [GeneratedRegex("""\b(?<param>[a-z]+)\.(?<member>[A-Z]\w*)(\s*\(\s*"(?<arg>[^"]*)"\s*\))?""")]
    private static partial Regex MemberPattern();

    public static UsedInputs For(string expression, IReadOnlyList<string> parameterNames, IReadOnlyList<Type> parameterTypes)
    {
        var readers = new List<(string, Func<object[], object?>)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in IndexerPattern().Matches(expression))
        {
            var index = IndexOf(parameterNames, match.Groups["param"].Value);
            var key = match.Groups["key"].Value;
            var label = $"{match.Groups["param"].Value}[{key}]";
            if (index >= 0 && parameterTypes[index] == typeof(PhaseFacts) && seen.Add(label))
                readers.Add((label, inputs => ((PhaseFacts)inputs[index])[key]));
        }

        foreach (Match match in MemberPattern().Matches(expression))
        {
            var index = IndexOf(parameterNames, match.Groups["param"].Value);
            if (index < 0) continue;
            var member = match.Groups["member"].Value;
            var arg = match.Groups["arg"].Success ? match.Groups["arg"].Value : null;
            var label = arg is null ? $"{match.Groups["param"].Value}.{member}" : $"{match.Groups["param"].Value}.{member}(\"{arg}\")";
            var reader = ReaderFor(parameterTypes[index], member, arg, index);
            if (reader is not null && seen.Add(label)) readers.Add((label, reader));
        }

        return new UsedInputs(readers);
    }

    public IReadOnlyDictionary<string, string> Read(object[] inputs) =>
        _readers.ToDictionary(r => r.Label, r => Format(r.Read(inputs)), StringComparer.Ordinal);

    // Compiled once per rule, so reading what a fired rule used costs no reflection per evaluation.
    private static Func<object[], object?>? ReaderFor(Type type, string member, string? arg, int index)
    {
        var inputs = Expression.Parameter(typeof(object[]), "inputs");
        var target = Expression.Convert(Expression.ArrayIndex(inputs, Expression.Constant(index)), type);
        Expression? read = arg is not null
            ? type.GetMethod(member, [typeof(string)]) is { } method ? Expression.Call(target, method, Expression.Constant(arg)) : null
            : type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance) is { } property ? Expression.Property(target, property) : null;
        return read is null ? null : Expression.Lambda<Func<object[], object?>>(Expression.Convert(read, typeof(object)), inputs).Compile();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (names[i] == name) return i;
        return -1;
    }

    private static string Format(object? value) => value switch
    {
        null => "onbekend",
        bool b => b ? "ja" : "nee",
        string s => s.Length == 0 ? "onbekend" : s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

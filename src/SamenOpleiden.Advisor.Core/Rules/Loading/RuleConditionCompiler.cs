using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using RulesEngine.Models;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Compiles a rule's condition as RulesEngine's <c>RuleExpressionParser.Compile&lt;bool&gt;</c> does with default
/// settings (Dynamic LINQ with the workflow's custom types, the inputs taken from an <c>object[]</c>, compiled by
/// <see cref="LambdaExpression.Compile()"/>), but on a parsing configuration whose custom types are fixed
/// (<see cref="FixedCustomTypeProvider"/>): RulesEngine's provider first scans every type of every loaded assembly for
/// <c>[DynamicLinqType]</c>, which cost 0.2–0.5 s of the service's start-up and finds none here.
/// </summary>
internal sealed class RuleConditionCompiler(ReSettings settings)
{
    private readonly ParsingConfig _config = new()
    {
        CustomTypeProvider = new FixedCustomTypeProvider(settings.CustomTypes ?? []),
        IsCaseSensitive = settings.IsExpressionCaseSensitive,
    };

    /// <summary>The condition as a delegate over the inputs in <paramref name="parameters"/> order; throws on a bad expression.</summary>
    public Func<object[], bool> Compile(string expression, RuleParameter[] parameters)
    {
        var inputs = parameters.Select(p => p.ParameterExpression).ToArray();
        var condition = new ExpressionParser(inputs, expression, [], _config).Parse(typeof(bool), true);
        var args = Expression.Parameter(typeof(object[]), "args");
        var unpack = inputs.Select((input, i) =>
            (Expression)Expression.Assign(input, Expression.Convert(Expression.ArrayAccess(args, Expression.Constant(i)), input.Type)));
        var body = Expression.Block(inputs, unpack.Append(condition));
        return Expression.Lambda<Func<object[], bool>>(body, args).Compile();
    }
}

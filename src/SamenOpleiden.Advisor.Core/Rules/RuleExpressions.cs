using System.Linq.Expressions;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>Builds rule conditions from parts, as plain expressions: the rule model (and so the rules version) shows the whole condition.</summary>
public static class RuleExpressions
{
    /// <summary><c>x =&gt; test(map(x))</c>, with <paramref name="map"/> written into <paramref name="test"/>.</summary>
    public static Expression<Func<TSource, bool>> Of<TSource, TValue>(Expression<Func<TSource, TValue>> map, Expression<Func<TValue, bool>> test)
    {
        var body = new Substitution(test.Parameters[0], map.Body).Visit(test.Body);
        return Expression.Lambda<Func<TSource, bool>>(body, map.Parameters);
    }

    /// <summary>
    /// <c>x =&gt; condition(x, bound())</c>: a condition over two facts turned into one over the first, with the second
    /// taken from <paramref name="bound"/> (in a rule, a variable bound by an earlier pattern: <c>() =&gt; region</c>).
    /// </summary>
    public static Expression<Func<TFirst, bool>> Bind<TFirst, TSecond>(Expression<Func<TFirst, TSecond, bool>> condition, Expression<Func<TSecond>> bound)
    {
        var body = new Substitution(condition.Parameters[1], bound.Body).Visit(condition.Body);
        return Expression.Lambda<Func<TFirst, bool>>(body, condition.Parameters[0]);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}

using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// Compiles the rules' conditions and actions with FastExpressionCompiler instead of <see cref="LambdaExpression.Compile()"/>:
/// the compile is on the service's start-up path. An expression it cannot compile falls back to the system compiler.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}

using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

/// <summary>The result is a pure function of (profile, answers, ambition, rules version): same input, same bytes.</summary>
public class DeterminismTests
{
    [Fact]
    public void Evaluate_SameInputInAnyOrderOnAFreshlyLoadedEngine_GivesByteIdenticalJson()
    {
        var fresh = RuleSetLoader.LoadCompiled(TestRules.Directory, AdvisorRuleSet.Assembly);
        var random = new Random(7);
        foreach (var input in AnswerPatterns.Sample(TestRules.Evaluator.Typology, [.. TestRules.Evaluator.FollowUpQuestions.Keys], 300, seed: 42))
        {
            var shuffled = input with
            {
                Answers = input.Answers.OrderBy(_ => random.Next()).ToDictionary(a => a.Key, a => a.Value),
            };

            var first = AssessmentJson.Serialize(TestRules.Evaluator.Evaluate(input));
            var second = AssessmentJson.Serialize(fresh.Evaluate(shuffled));

            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Evaluate_TracesSharedBetweenResults_ReadAsIfWrittenForEachResultAlone()
    {
        var compiled = RuleSetLoader.Load(TestRules.Directory, AdvisorRuleSet.Assembly).Rules!;
        var shared = new AssessmentEvaluator(compiled);
        var inputs = AnswerPatterns.Sample(shared.Typology, [.. shared.FollowUpQuestions.Keys], 200, seed: 11);
        foreach (var input in inputs) shared.Evaluate(input);

        foreach (var input in inputs)
        {
            var alone = AssessmentJson.Serialize(new AssessmentEvaluator(compiled).Evaluate(input));

            Assert.Equal(alone, AssessmentJson.Serialize(shared.Evaluate(input)));
        }
    }

    [Fact]
    public void Evaluate_Result_CarriesTheRulesVersionAsAContentHash()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("binnenmeren"));

        Assert.Matches("^sha256:[0-9a-f]{16}$", result.RulesVersion);
        Assert.Contains($"\"rulesVersion\": \"{result.RulesVersion}\"", AssessmentJson.Serialize(result));
    }

    [Fact]
    public void RulesVersion_ChangesWhenAnAdviceTextChanges()
    {
        var copy = TestRules.CopyToTemp();
        var path = Path.Combine(copy, "advice", "kwaliteit.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("gedeelde taal", "gemeenschappelijke taal"));

        var changed = RuleSetLoader.LoadCompiled(copy, AdvisorRuleSet.Assembly);

        Assert.NotEqual(TestRules.Evaluator.RulesVersion, changed.RulesVersion);
    }
}

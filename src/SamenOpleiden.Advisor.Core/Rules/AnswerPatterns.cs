using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>The answer sets the validator tries: all edge patterns, and a seeded random sample.</summary>
internal static class AnswerPatterns
{
    private static readonly int?[] Values = [1, 2, 3, null];
    private static readonly string?[] RegionTypes = ["tekort", "krimp", null];
    private static readonly string?[] Coverage = ["volledig", "deels", "buiten", null];
    private static readonly string[] Sectors = ["po", "vo", "mbo", "vso", "so"];

    /// <summary>Every uniform pattern, and every pattern with one point different from a uniform background.</summary>
    public static IEnumerable<AssessmentInput> Edges(TypologyModel typology)
    {
        var ids = typology.FocusPoints.Select(f => f.Id).ToList();
        foreach (var background in Values)
        {
            yield return Input(ids.ToDictionary(id => id, _ => background), new RegionProfile(), [], new Dictionary<string, int>());
            foreach (var id in ids)
            foreach (var value in Values.Where(v => v != background))
                yield return Input(ids.ToDictionary(i => i, i => i == id ? value : background), new RegionProfile(), [id], new Dictionary<string, int>());
        }
    }

    /// <summary>
    /// Random answers, profiles, ambitions and answers to follow-up questions (<paramref name="followUpIds"/>; an
    /// answer counts only when its question is raised); the same seed gives the same sample.
    /// </summary>
    public static List<AssessmentInput> Sample(TypologyModel typology, IReadOnlyCollection<string> followUpIds, int count, int seed)
    {
        var random = new Random(seed);
        var ids = typology.FocusPoints.Select(f => f.Id).ToList();
        var sample = new List<AssessmentInput>(count);
        for (var i = 0; i < count; i++)
        {
            var answers = ids.ToDictionary(id => id, _ => Values[random.Next(Values.Length)]);
            var profile = new RegionProfile
            {
                RegionType = RegionTypes[random.Next(RegionTypes.Length)],
                Partnerships = random.Next(4) == 0 ? null : random.Next(0, 13),
                Sectors = Sectors.Where(_ => random.Next(2) == 0).ToList(),
                Realisatiegraad = random.Next(3) == 0 ? null : random.Next(0, 101),
                Voltijd = Coverage[random.Next(Coverage.Length)],
                Deeltijd = Coverage[random.Next(Coverage.Length)],
                ZijInstromers = Coverage[random.Next(Coverage.Length)],
                Grensgevallen = random.Next(3) switch { 0 => true, 1 => false, _ => null },
            };
            var ambition = ids.Where(_ => random.Next(5) == 0).ToList();
            var followUps = followUpIds.Where(_ => random.Next(3) == 0).ToDictionary(id => id, _ => random.Next(1, 4));
            sample.Add(Input(answers, profile, ambition, followUps));
        }

        return sample;
    }

    private static AssessmentInput Input(Dictionary<string, int?> answers, RegionProfile profile, List<string> ambition, Dictionary<string, int> followUps) =>
        new() { Answers = answers, Profile = profile, Ambition = ambition, FollowUpAnswers = followUps };
}

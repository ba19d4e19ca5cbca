namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Names respondents in region views: by role unless they agreed to be named, numbered where a label repeats.</summary>
internal static class RespondentLabeler
{
    public static IReadOnlyList<string> Label(IReadOnlyList<ArchivedAssessment> assessments)
    {
        var baseLabels = assessments.Select(BaseLabel).ToList();
        var groups = baseLabels.GroupBy(l => l, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (Spelling: g.First(), Count: g.Count()), StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var labels = new List<string>(baseLabels.Count);
        foreach (var label in baseLabels)
        {
            var (spelling, count) = groups[label];
            var n = seen[label] = seen.GetValueOrDefault(label) + 1;
            labels.Add(count > 1 ? $"{spelling} {n}" : spelling);
        }

        return labels;
    }

    private static string BaseLabel(ArchivedAssessment assessment)
    {
        var role = assessment.Result.Profile.Role?.Trim();
        var roleLabel = string.IsNullOrEmpty(role) ? "Respondent" : char.ToUpperInvariant(role[0]) + role[1..];
        var name = assessment.ConsentedName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return roleLabel;
        }

        return string.IsNullOrEmpty(role) ? name : $"{name} ({role})";
    }
}

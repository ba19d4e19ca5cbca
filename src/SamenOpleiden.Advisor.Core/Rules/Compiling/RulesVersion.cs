using System.Security.Cryptography;
using System.Text;
using NRules.RuleModel;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// The version of a rule set: a <see cref="ContentHash"/> over the data files of <c>rules/</c> (every <c>*.json</c>)
/// and the canonical text of every compiled rule in name order (<see cref="CanonicalRuleText"/>). A change to a text,
/// a table or a rule's code gives a new version; a clone elsewhere, another machine or another build path gives the
/// same one.
/// </summary>
internal static class RulesVersion
{
    public static string Of(string rulesDirectory, IEnumerable<IRuleDefinition> rules)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ContentHash.AppendFiles(hash, rulesDirectory, "*.json");
        foreach (var rule in rules.OrderBy(r => r.Name, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes(CanonicalRuleText.Of(rule)));
        return ContentHash.Format(hash);
    }
}

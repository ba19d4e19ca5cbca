using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Wording;

/// <summary>The default: the rules' own words, nothing leaves the service.</summary>
internal sealed class RulesWording : IAdviceWording
{
    public static RulesWording Instance { get; } = new();

    public bool IsActive => false;

    public Task<IReadOnlyDictionary<string, string>> WordAsync(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
}

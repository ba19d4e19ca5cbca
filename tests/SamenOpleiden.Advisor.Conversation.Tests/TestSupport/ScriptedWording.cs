using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>An <see cref="IAdviceWording"/> that words every advice item as "Anders gezegd: &lt;id&gt;", or nothing, and counts its calls.</summary>
internal sealed class ScriptedWording(bool active = true, bool wordsNothing = false) : IAdviceWording
{
    public int Calls { get; private set; }

    public IReadOnlyDictionary<string, string>? LastRemarks { get; private set; }

    public bool IsActive => active;

    public static string Text(string adviceId) => $"Anders gezegd: {adviceId}";

    public Task<IReadOnlyDictionary<string, string>> WordAsync(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, CancellationToken cancellationToken)
    {
        Calls++;
        LastRemarks = remarks;
        IReadOnlyDictionary<string, string> texts = wordsNothing
            ? new Dictionary<string, string>()
            : result.Steps.SelectMany(s => s.Items).ToDictionary(i => i.Id, i => Text(i.Id));
        return Task.FromResult(texts);
    }
}

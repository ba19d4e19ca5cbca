namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// An optional second reader for a respondent's own words that the lexicon cannot read, e.g. a language
/// model behind a guard. Its reading is only ever a proposal the respondent confirms; the rules decide.
/// Without one (<see cref="NoModelReading"/>) nothing leaves the service.
/// </summary>
public interface IModelReading
{
    /// <summary>True when answers leave the service to be read; the privacy notice says so.</summary>
    bool IsActive { get; }

    /// <summary>A phase with the respondent's words it rests on, or null. Must not throw for a failing model.</summary>
    Task<ModelProposal?> ProposeAsync(string focusPointId, string answer, CancellationToken cancellationToken);
}

/// <summary>A phase (1-3) a model read in an answer, with the words from the answer it rests on.</summary>
public sealed record ModelProposal(int Phase, string Quote);

/// <summary>The default: no second reader.</summary>
public sealed class NoModelReading : IModelReading
{
    public static NoModelReading Instance { get; } = new();

    public bool IsActive => false;

    public Task<ModelProposal?> ProposeAsync(string focusPointId, string answer, CancellationToken cancellationToken) =>
        Task.FromResult<ModelProposal?>(null);
}

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>What deleting a respondent's data removed: one line per kind of data, in Dutch.</summary>
public sealed record DeletionReport(IReadOnlyList<DeletedData> Items)
{
    /// <summary>The number of records removed in total.</summary>
    public int Total => Items.Sum(i => i.Count);
}

/// <summary>How many records of one kind were removed, e.g. ("gespreksverloop", 1).</summary>
public sealed record DeletedData(string Description, int Count);

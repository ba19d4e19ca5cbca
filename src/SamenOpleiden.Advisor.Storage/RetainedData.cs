namespace SamenOpleiden.Advisor.Storage;

/// <summary>What retention purges (<see cref="IDataRetention"/>), the same statements on both providers.</summary>
internal static class RetainedData
{
    /// <summary>Each statement deletes the records last written before the cutoff, the parameter named <paramref name="cutoff"/>.</summary>
    public static IReadOnlyList<(string Description, string Sql)> Purges(string cutoff) =>
    [
        ("opgeslagen antwoorden van de bot", $"DELETE FROM processed_activities WHERE created_at < {cutoff};"),
        ("niet bezorgde antwoorden", $"DELETE FROM undelivered_replies WHERE failed_at < {cutoff};"),
        ("berichten in de webchat", $"DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE updated_utc < {cutoff});"),
        ("webchatgesprekken", $"DELETE FROM transcript_conversation WHERE updated_utc < {cutoff};"),
        ("sporen van gewiste webchatgesprekken", $"DELETE FROM erased_transcripts WHERE erased_at < {cutoff};"),
    ];
}

namespace SamenOpleiden.Advisor.Storage.Schema;

/// <summary>What retention purges (<see cref="IDataRetention"/>): each statement deletes the records last written before <c>@cutoff</c>.</summary>
internal static class RetainedData
{
    public static IReadOnlyList<(string Description, string Sql)> Purges { get; } =
    [
        ("opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE created_at < @cutoff;"),
        ("niet bezorgde antwoorden", "DELETE FROM undelivered_replies WHERE failed_at < @cutoff;"),
        ("berichten in de webchat", "DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE updated_utc < @cutoff);"),
        ("webchatgesprekken", "DELETE FROM transcript_conversation WHERE updated_utc < @cutoff;"),
        ("sporen van gewiste webchatgesprekken", "DELETE FROM erased_transcripts WHERE erased_at < @cutoff;"),
    ];
}

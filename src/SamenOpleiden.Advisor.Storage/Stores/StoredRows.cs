using System.Data.Common;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>The rows stores read back as more than one value, in the column order they are written and selected in.</summary>
internal static class StoredRows
{
    /// <summary>The column list <see cref="ReadFinishedAssessment"/> expects, in its order.</summary>
    public const string FinishedAssessmentColumns =
        "assessment_id, conversation_key, respondent_key, region_name, rules_version, input_json, result_json, remarks_json, completed_at";

    /// <summary>The column list <see cref="ReadArchivedAssessment"/> expects, in its order.</summary>
    public const string ArchivedAssessmentColumns = "report_id, user_key, region_id, round, consented_name, completed_at, result_json, remarks_json";

    public static FinishedAssessment ReadFinishedAssessment(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        Remarks(reader.GetString(7)),
        reader.GetFieldValue<DateTimeOffset>(8));

    public static ArchivedAssessment ReadArchivedAssessment(DbDataReader reader) => new()
    {
        ReportId = reader.GetString(0),
        UserKey = reader.GetString(1),
        RegionId = reader.IsDBNull(2) ? null : reader.GetString(2),
        Round = reader.IsDBNull(3) ? null : reader.GetInt32(3),
        ConsentedName = reader.IsDBNull(4) ? null : reader.GetString(4),
        CompletedAt = reader.GetFieldValue<DateTimeOffset>(5),
        Result = JsonSerializer.Deserialize<AssessmentResult>(reader.GetString(6), AssessmentJson.Options)!,
        Remarks = Remarks(reader.GetString(7)),
    };

    private static Dictionary<string, string> Remarks(string json) => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}

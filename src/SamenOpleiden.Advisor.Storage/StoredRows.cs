using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>
/// Reads the rows both providers store in the same columns, so SQLite and PostgreSQL cannot drift apart in how a
/// stored assessment comes back.
/// </summary>
internal static class StoredRows
{
    /// <summary>The column list <see cref="ReadArchivedAssessment"/> expects, in its order.</summary>
    public const string ArchivedAssessmentColumns = "report_id, user_key, region_id, round, consented_name, completed_at, result_json, remarks_json";

    public static ArchivedAssessment ReadArchivedAssessment(DbDataReader reader) => new()
    {
        ReportId = reader.GetString(0),
        UserKey = reader.GetString(1),
        RegionId = reader.IsDBNull(2) ? null : reader.GetString(2),
        Round = reader.IsDBNull(3) ? null : reader.GetInt32(3),
        ConsentedName = reader.IsDBNull(4) ? null : reader.GetString(4),
        CompletedAt = DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        Result = JsonSerializer.Deserialize<AssessmentResult>(reader.GetString(6), AssessmentJson.Options)!,
        Remarks = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7)) ?? [],
    };

    /// <summary>
    /// A finished assessment from columns 0-7 (assessment id, conversation, respondent, region name, rules version,
    /// input, result, remarks); the providers store the completion time differently, so they pass it in.
    /// </summary>
    public static FinishedAssessment ReadFinishedAssessment(DbDataReader reader, DateTimeOffset completedAt) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7)) ?? [],
        completedAt);
}

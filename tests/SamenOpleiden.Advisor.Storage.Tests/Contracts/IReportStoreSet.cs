using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Tests.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>The report stores of one provider on one fresh database, with the clock the tests move.</summary>
internal interface IReportStoreSet
{
    ReportStoreFixture.ManualClock Clock { get; }

    IReportArchive Archive { get; }

    IRegionDirectory Regions { get; }

    /// <summary>The conversation store on the same database ("verwijder mijn gegevens" goes through it).</summary>
    IConversationStore Conversations { get; }
}

using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteGuessCountsTests() : GuessCountsContract(new SqliteTestDatabase());

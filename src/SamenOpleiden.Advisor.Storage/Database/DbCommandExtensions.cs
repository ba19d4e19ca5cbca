using System.Data.Common;

namespace SamenOpleiden.Advisor.Storage.Database;

/// <summary>Binding and reading the same way on every ADO.NET driver.</summary>
internal static class DbCommandExtensions
{
    /// <summary>Adds the parameter <paramref name="name"/> (as written in the SQL, e.g. <c>@key</c>); null is SQL NULL.</summary>
    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Every row, each read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>True when the query returns a row.</summary>
    public static async Task<bool> AnyAsync(this DbCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) is not null;
}

namespace SamenOpleiden.Advisor.Storage.Postgres.Migrations;

/// <summary>One schema change: applied once, in its own transaction, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">Strictly increasing; never renumber or edit an applied migration, append a new one.</param>
/// <param name="Description">What it adds, for logs and reviews.</param>
/// <param name="Sql">One or more statements.</param>
internal sealed record PostgresMigration(int Version, string Description, string Sql);

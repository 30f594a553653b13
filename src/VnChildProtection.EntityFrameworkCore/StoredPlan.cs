using System;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Plans.Json;

namespace VnChildProtection.EntityFrameworkCore;

/// <summary>
/// A row of <c>vncp_plans</c>: a plan document (Kế hoạch) as the library's plan JSON (<see cref="PlanJson"/>) in a JSON
/// column (<c>jsonb</c> on PostgreSQL, text on SQLite), with the version of the JSON schema it was written in.
/// </summary>
/// <remarks>A plan is a public administrative document; it names units and agencies, never a child.</remarks>
public sealed class StoredPlan
{
    /// <summary>
    /// The version of the plan JSON this release writes: 1 is the schema of <c>docs/schema/plan-document.schema.json</c>.
    /// An incompatible change of the plan JSON raises it, so a host can find the rows to convert.
    /// </summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The host's key for the plan (for instance the province code and the plan's number).</summary>
    public required string Id { get; set; }

    /// <summary>The version of the plan JSON the document was written in.</summary>
    public required int SchemaVersion { get; set; }

    /// <summary>The plan as JSON.</summary>
    public required string Document { get; set; }

    /// <summary>When the row was written.</summary>
    public required Instant StoredAt { get; set; }

    /// <summary>The row of a plan, in the current schema version.</summary>
    /// <param name="id">The host's key for the plan.</param>
    /// <param name="document">The plan.</param>
    /// <param name="storedAt">When it is stored.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="document"/> is null.</exception>
    public static StoredPlan From(string id, PlanDocument document, Instant storedAt)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(document);
        return new StoredPlan { Id = id, SchemaVersion = CurrentSchemaVersion, Document = PlanJson.Serialize(document, indented: false), StoredAt = storedAt };
    }

    /// <summary>Reads the plan back.</summary>
    /// <returns>The plan, or the first problem of its JSON with a <c>PLAN-JSON-…</c> code and path.</returns>
    public OneOf<PlanDocument, JsonDocumentError> ToDocument() => PlanJson.Deserialize(Document);
}

using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OneOf;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>
/// Reads and writes plan documents (<see cref="PlanDocument"/>) as JSON, the exchange form between the importer, the
/// validator, the <c>vncp</c> tool and provincial systems. The format is described by
/// <c>docs/schema/plan-document.schema.json</c> and <c>docs/plan-json.md</c>.
/// </summary>
/// <remarks>
/// <para>Writing: camelCase property names in the model's declaration order; null properties left out; every list
/// written (<c>[]</c> when empty); dates ISO (<c>2024-02-28</c>), yearly due days <c>MM-dd</c> (<c>05-20</c>); roles by
/// name (<c>Lead</c>); targets as their canonical Vietnamese text; measure identifiers (<c>CT3.a</c>) and amounts
/// (<c>150.000.000 đồng/năm</c>) as text; Vietnamese letters unescaped; lines end with <c>\n</c> on .NET 9 and later.
/// The output for a document is always the same text.</para>
/// <para>Reading is strict JSON (RFC 8259): no comments, no trailing commas, no repeated or unknown properties, numbers
/// as numbers. Absent optional properties take the model's defaults; an explicit <c>null</c> is accepted only where the
/// model allows null. Every problem is a <see cref="JsonDocumentError"/> with a <see cref="PlanJsonErrorCodes"/> code
/// (<c>PLAN-JSON-…</c>), never an exception. Strings are kept exactly
/// as written (no normalisation); the values the library parses (targets, measures, amounts) accept every form their
/// <c>Parse</c> accepts.</para>
/// <para>No reflection is used: the contract is source-generated, so the class works trimmed and under Native AOT.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class PlanJson
{
    private static readonly JsonTypeInfo<PlanDocument> Indented = CreateTypeInfo(indented: true);
    private static readonly JsonTypeInfo<PlanDocument> Compact = CreateTypeInfo(indented: false);

    /// <summary>Writes <paramref name="document"/> as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Two-space indentation and one property per line (the default), or a single line.</param>
    /// <returns>The JSON text, without a final line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A string of the document is not valid UTF-16 (a lone surrogate).</exception>
    /// <exception cref="JsonException">The document holds a value with no JSON form (<c>default(MeasureId)</c>).</exception>
    public static string Serialize(PlanDocument document, bool indented = true) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(document), indented ? Indented : Compact);

    /// <summary>Writes <paramref name="document"/> as UTF-8 JSON bytes (no byte-order mark).</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Indented (the default) or a single line.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A string of the document is not valid UTF-16.</exception>
    /// <exception cref="JsonException">The document holds a value with no JSON form.</exception>
    public static byte[] SerializeToUtf8Bytes(PlanDocument document, bool indented = true) =>
        JsonSerializer.SerializeToUtf8Bytes(Preconditions.CheckNotNull(document), indented ? Indented : Compact);

    /// <summary>Reads a plan document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or the first problem found with its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<PlanDocument, JsonDocumentError> Deserialize(string json) =>
        JsonDocumentReader.Encode(Preconditions.CheckNotNull(json), PlanJsonErrorCodes.Codes, out var utf8) is { } error ? error : Deserialize(utf8.AsSpan());

    /// <summary>Reads a plan document from UTF-8 JSON; a leading byte-order mark is skipped.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The document, or the first problem found with its path and position.</returns>
    public static OneOf<PlanDocument, JsonDocumentError> Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var json = JsonDocumentReader.SkipByteOrderMark(utf8Json);
        var facts = new JsonDocumentFacts(PlanJsonCompletion.WatchedProperties);
        if (JsonDocumentReader.Read(json, Compact, PlanJsonErrorCodes.Codes, facts, out var document) is { } error)
        {
            return error;
        }
        var completion = new PlanJsonCompletion(facts);
        var complete = completion.Complete(document);
        return completion.ErrorPath is { } path
            ? JsonDocumentReader.Locate(json, PlanJsonErrorCodes.Codes, JsonErrorKind.Null, completion.ErrorMessage!, path)
            : complete;
    }

    /// <summary>Reads a plan document from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, or the first problem found with its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static OneOf<PlanDocument, JsonDocumentError> Deserialize(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static JsonTypeInfo<PlanDocument> CreateTypeInfo(bool indented)
    {
        var options = new JsonSerializerOptions(PlanJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(PlanJsonTypeInfoResolver.Instance, PlanJsonContext.Default),
            WriteIndented = indented,
            // Plans are Vietnamese text: keep letters readable. The output is a document, not HTML to inline.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        options.MakeReadOnly();
        return (JsonTypeInfo<PlanDocument>)options.GetTypeInfo(typeof(PlanDocument));
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Writes and reads a case history as JSON (a source-generated <c>System.Text.Json</c> context): instants and
/// deadlines as ISO text, SmartEnums by name, codes as digits.
/// </summary>
/// <remarks>
/// <para><c>Parse(ToJson(events))</c> gives back equal events, so a stored log replays to an equal
/// <see cref="Case"/>. Reading is strict JSON, as every JSON reader of the library: malformed JSON is a
/// <see cref="JsonDocumentError"/> with a <see cref="CaseEventLogErrorCodes"/> code (<c>WORKFLOW-JSON-SYNTAX</c>, …), the
/// path and position of the offending value, never an exception; the message does not quote values of the input, which
/// may hold personal data in reasons.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class CaseEventLog
{
    /// <summary>The events as a JSON array.</summary>
    /// <param name="events">The history.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static string ToJson(IEnumerable<CaseEvent> events) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(events).ToArray(), WorkflowJsonContext.Default.CaseEventArray);

    /// <summary>One event as a JSON object, the form an event store keeps in one row per event.</summary>
    /// <param name="caseEvent">The event.</param>
    /// <returns>The JSON text, the same object <see cref="ToJson(IEnumerable{CaseEvent})"/> writes for it in an array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="caseEvent"/> is null.</exception>
    public static string ToJson(CaseEvent caseEvent) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(caseEvent), WorkflowJsonContext.Default.CaseEvent);

    /// <summary>Reads one event written by <see cref="ToJson(CaseEvent)"/>.</summary>
    /// <param name="json">The JSON text of one event object.</param>
    /// <returns>The event, or the first problem with a <c>WORKFLOW-JSON-…</c> code, its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<CaseEvent, JsonDocumentError> ParseEvent(string json)
    {
        var codes = CaseEventLogErrorCodes.Codes;
        if (JsonDocumentReader.Encode(Preconditions.CheckNotNull(json), codes, out var utf8) is { } unencodable)
        {
            return unencodable;
        }
        var text = JsonDocumentReader.SkipByteOrderMark(utf8);
        if (JsonDocumentReader.Read(text, WorkflowJsonContext.Default.CaseEvent, codes, null, out var caseEvent) is { } error)
        {
            return error;
        }
        return caseEvent is null
            ? JsonDocumentReader.Locate(text, codes, JsonErrorKind.Null, "An event of a case history cannot be null.", "$")
            : caseEvent;
    }

    /// <summary>Reads a JSON array of events.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or the first problem with a <c>WORKFLOW-JSON-…</c> code, its path and position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<ImmutableArray<CaseEvent>, JsonDocumentError> Parse(string json)
    {
        var codes = CaseEventLogErrorCodes.Codes;
        if (JsonDocumentReader.Encode(Preconditions.CheckNotNull(json), codes, out var utf8) is { } unencodable)
        {
            return unencodable;
        }
        var text = JsonDocumentReader.SkipByteOrderMark(utf8);
        if (JsonDocumentReader.Read(text, WorkflowJsonContext.Default.CaseEventArray, codes, null, out var events) is { } error)
        {
            return error;
        }
        if (events is null)
        {
            return JsonDocumentReader.Locate(text, codes, JsonErrorKind.Null, "A case history is a JSON array of events, not null.", "$");
        }
        for (var i = 0; i < events.Length; i++)
        {
            if (events[i] is null)
            {
                var path = "$[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                return JsonDocumentReader.Locate(text, codes, JsonErrorKind.Null, "An event of a case history cannot be null.", path);
            }
        }
        return events.ToImmutableArray();
    }
}

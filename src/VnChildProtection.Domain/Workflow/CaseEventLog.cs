using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;
using VnChildProtection.Domain.Workflow.Serialization;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Writes and reads a case history as JSON (a source-generated <c>System.Text.Json</c> context): instants and
/// deadlines as ISO text, SmartEnums by name, codes as digits.
/// </summary>
/// <remarks>
/// <para><c>Parse(ToJson(events))</c> gives back equal events, so a stored log replays to an equal
/// <see cref="Case"/>. Malformed JSON is a <see cref="ParseError"/> with code <c>WORKFLOW-JSON</c>, never an
/// exception; the message does not quote the input, which may hold personal data in reasons.</para>
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

    /// <summary>Reads a JSON array of events.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events, or a <c>WORKFLOW-JSON</c> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static OneOf<ImmutableArray<CaseEvent>, ParseError> Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            var events = JsonSerializer.Deserialize(json, WorkflowJsonContext.Default.CaseEventArray);
            if (events is null || events.Any(e => e is null))
            {
                return new ParseError("WORKFLOW-JSON", "A case history is a JSON array of events.", 0, 0, string.Empty);
            }
            return events.ToImmutableArray();
        }
        catch (JsonException e)
        {
            var position = (int)Math.Min(e.BytePositionInLine ?? 0, json.Length);
            return new ParseError("WORKFLOW-JSON", "A case history is not valid: " + (e.Path ?? "$") + ".", position, 0, string.Empty);
        }
    }
}

using System.Text.Json;
using OneOf;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// A target as the core's JSON (<see cref="TargetJsonConverter"/>): its text, and its unit when the text does not say
/// it, so a stored target reads back equal whatever the indicator it belongs to.
/// </summary>
internal static class TargetJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new TargetJsonConverter() } };

    internal static string Format(Target target) => JsonSerializer.Serialize(target, Options);

    internal static OneOf<Target, ParseError> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Target>(json, Options)!;
        }
        catch (JsonException e)
        {
            return new ParseError("TARGET-JSON", e.Message, 0, json.Length, string.Empty);
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads the administrative units a plan names: the place of issue in the header and every <c>tỉnh X</c> /
/// <c>TỈNH X</c> in the body that names a province, resolved to a province code with <see cref="AdministrativeUnitRegistry.FindByName"/>
/// on the plan date (1 January of the year when only the year is given).
/// </summary>
internal static partial class UnitExtractor
{
    public static ValueList<PlanUnitMention> Read(ImportContext context, PlanHeader header, AdministrativeUnitRegistry registry)
    {
        var result = new List<PlanUnitMention>();
        LocalDate? date = header.IssueDate ?? (header.IssueYear is { } year ? new LocalDate(year, 1, 1) : null);
        if (header.Place is { Length: > 0 } place && header.DateSource is { } dateSource)
        {
            Add(context, registry, result, place, date, dateSource, 0.9, "place of issue in the header");
        }
        for (var i = 0; i < context.Outline.BodyEnd; i++)
        {
            var paragraph = context.Paragraphs[i];
            foreach (Match match in ProvinceName().Matches(paragraph.Clean))
            {
                var name = match.Groups["name"].Value;
                Add(context, registry, result, match.Value, date, paragraph.Span(context.Source, match.Index, match.Length), 0.8, "'tỉnh' followed by a capitalised name", name);
            }
        }
        return result.ToValueList();
    }

    private static void Add(ImportContext context, AdministrativeUnitRegistry registry, List<PlanUnitMention> result, string written, LocalDate? date,
        SourceSpan span, double confidence, string reason, string? lookup = null)
    {
        string? code = null;
        if (date is { } on && registry.FindByName(lookup ?? written, on, AdministrativeLevel.Province).TryPickT0(out var unit, out _))
        {
            code = unit.Code.Value;
        }
        else if (lookup is not null)
        {
            // "tỉnh" before a capitalised word that is no province (a body's name) is not a unit mention.
            return;
        }
        context.Rate(string.Create(CultureInfo.InvariantCulture, $"$.units[{result.Count}]"), code is null ? confidence / 2 : confidence, reason);
        result.Add(new PlanUnitMention { Name = written, Code = code, Source = span });
    }

    [GeneratedRegex(@"\b(?:tỉnh|TỈNH)\s+(?<name>\p{Lu}[\p{L}]*(?:\s*-\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex ProvinceName();
}

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
/// Reads the administrative units a plan names, on the plan date (1 January of the year when only the year is given):
/// the place of issue in the header (a province); every kind word followed by a capitalised name in the body
/// (<c>tỉnh Quảng Ngãi</c>, <c>huyện Lý Sơn</c>, <c>UBND xã Tân Lập</c>, <c>phường 3</c>), resolved with
/// <see cref="AdministrativeUnitRegistry.FindByAddress"/> inside the plan's own province; and the tiers a plan names
/// as a whole (<c>các huyện, thị xã, thành phố</c>, <c>cấp huyện</c>: the district tier, which ended on 30 June 2025),
/// kept with their level and no code.
/// </summary>
/// <remarks>
/// Every mention's span is into the original text. A named district or commune that resolves to no unit on any date
/// (<c>Xã hội</c> is no commune) is not a mention; one that names several units of the province is kept without a
/// code; one that existed only before or after the plan date is kept without a code, for the rule
/// <c>unit-not-valid-on-date</c> to report. A commune-level agency with its commune (<c>Công an xã Tân Lập</c>,
/// <c>Trạm Y tế phường 3</c>) thus gives that commune's mention at the commune's words.
/// </remarks>
internal static partial class UnitExtractor
{
    public static ValueList<PlanUnitMention> Read(ImportContext context, PlanHeader header, AdministrativeUnitRegistry registry)
    {
        var result = new List<PlanUnitMention>();
        LocalDate? date = header.IssueDate ?? (header.IssueYear is { } year ? new LocalDate(year, 1, 1) : null);
        AdministrativeUnit? province = null;
        if (header.Place is { Length: > 0 } place && header.DateSource is { } dateSource)
        {
            province = AddProvince(context, registry, result, place, date, dateSource, 0.9, "place of issue in the header", lookup: null);
        }
        for (var i = 0; i < context.Outline.BodyEnd; i++)
        {
            var paragraph = context.Paragraphs[i];
            foreach (Match match in NamedUnit().Matches(paragraph.Clean))
            {
                var span = paragraph.Span(context.Source, match.Index, match.Length);
                var kind = match.Groups["kind"].Value;
                var name = match.Groups["name"].Value;
                var level = LevelOf(kind);
                if (level == AdministrativeLevel.Province)
                {
                    var found = AddProvince(context, registry, result, match.Value, date, span, 0.8, "'tỉnh' followed by a capitalised name", name);
                    province ??= found;
                    continue;
                }
                AddNamed(context, registry, result, match.Value, level, province, date, span);
            }
            foreach (Match match in Tier().Matches(paragraph.Clean))
            {
                var level = LevelOf(match.Groups["kind"].Value);
                context.Rate(Path(result.Count), 0.7, "a tier named as a whole (các …, cấp …)");
                result.Add(new PlanUnitMention { Name = match.Value, Level = level, Source = paragraph.Span(context.Source, match.Index, match.Length) });
            }
        }
        return result.ToValueList();
    }

    private static AdministrativeUnit? AddProvince(ImportContext context, AdministrativeUnitRegistry registry, List<PlanUnitMention> result, string written,
        LocalDate? date, SourceSpan span, double confidence, string reason, string? lookup)
    {
        AdministrativeUnit? unit = null;
        if (date is { } on && registry.FindByName(lookup ?? written, on, AdministrativeLevel.Province).TryPickT0(out var found, out _))
        {
            unit = found;
        }
        else if (lookup is not null)
        {
            // "tỉnh" before a capitalised word that is no province (a body's name) is not a unit mention.
            return null;
        }
        context.Rate(Path(result.Count), unit is null ? confidence / 2 : confidence, reason);
        result.Add(new PlanUnitMention { Name = written, Code = unit?.Code.Value, Level = AdministrativeLevel.Province, Source = span });
        return unit;
    }

    // A district or commune named with its kind word ("huyện Lý Sơn", "thành phố Quảng Ngãi"), looked up inside the
    // plan's province when the plan has one, else in the whole country.
    private static void AddNamed(ImportContext context, AdministrativeUnitRegistry registry, List<PlanUnitMention> result, string written,
        AdministrativeLevel? level, AdministrativeUnit? province, LocalDate? date, SourceSpan span)
    {
        if (date is not { } on)
        {
            return;
        }
        var address = province is null ? written : written + ", " + province.FullName;
        var found = registry.FindByAddress(address, on);
        if (found.TryPickT0(out var unit, out var failure))
        {
            context.Rate(Path(result.Count), 0.8, "kind word followed by a capitalised name, inside the plan's province");
            result.Add(new PlanUnitMention { Name = written, Code = unit.Code.Value, Level = unit.Kind.Level, Source = span });
            return;
        }
        if (failure.Reason is UnitLookupFailureReason.NotFound or UnitLookupFailureReason.NoParent)
        {
            return;
        }
        context.Rate(Path(result.Count), 0.4, failure.Reason == UnitLookupFailureReason.Ambiguous
            ? "kind word followed by a name several units bear"
            : "kind word followed by the name of a unit of another date");
        result.Add(new PlanUnitMention { Name = written, Level = level ?? (failure.Candidates.Count > 0 ? failure.Candidates[0].Kind.Level : null), Source = span });
    }

    private static AdministrativeLevel? LevelOf(string kind) => VietnameseText.ToMatchKey(kind) switch
    {
        "tinh" => AdministrativeLevel.Province,
        "huyen" or "quan" or "thi xa" => AdministrativeLevel.District,
        "xa" or "phuong" or "thi tran" or "dac khu" => AdministrativeLevel.Commune,
        _ => null, // "thành phố": a centrally-run city or a district-level city
    };

    private static string Path(int index) => string.Create(CultureInfo.InvariantCulture, $"$.units[{index}]");

    // A kind word (lower case or all capitals, as in headings) and a capitalised name of up to four words, or a number
    // ("phường 3"). "Xã hội" and "Thành phố" at a sentence start are not kind words: the kind word is lower case or all capitals.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<kind>tỉnh|TỈNH|thành phố|THÀNH PHỐ|huyện|HUYỆN|quận|QUẬN|thị xã|THỊ XÃ|xã|XÃ|phường|PHƯỜNG|thị trấn|THỊ TRẤN|đặc khu|ĐẶC KHU)\s+(?<name>\p{Lu}[\p{L}]*(?:\s*-\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*){0,3}|\d{1,2}(?![\d\p{L}]))", RegexOptions.CultureInvariant)]
    private static partial Regex NamedUnit();

    // The district tier as a whole: "các huyện, thị xã, thành phố", "cấp huyện", "UBND các quận, huyện". Only this tier
    // ended; "cấp xã" and "các xã, phường, thị trấn" name a tier that exists on every date and are not recorded.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:các|cấp)\s+(?<kind>huyện|quận|thị xã)(?:\s*(?:,|và|/)\s*(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu))*(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Tier();
}

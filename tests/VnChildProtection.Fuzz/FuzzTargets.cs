using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Fuzz;

/// <summary>
/// One target per public parser of outside input. A target feeds the fuzzer's bytes to the parser; the parsers return
/// typed results for every input, so any exception that escapes is a defect (AFL++ records it as a crash).
/// </summary>
internal static class FuzzTargets
{
    private static readonly LocalDate UnitDate = new(2026, 1, 1);

    /// <summary>The targets by name: each reads the whole input.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["legal"] = bytes =>
        {
            var text = Text(bytes);
            LegalReference.Parse(text).Switch(r => LegalReference.Parse(r.ToString()), _ => { });
            _ = CitationFinder.Default.FindAll(text).Count;
        },
        ["target"] = bytes => Target.Parse(Text(bytes)).Switch(t => Target.Parse(t.ToString()), _ => { }),
        ["timelimit"] = bytes => TimeLimit.Parse(Text(bytes)).Switch(t => TimeLimit.Parse(t.ToString()), _ => { }),
        ["number"] = bytes =>
        {
            var text = Text(bytes);
            VietnameseNumber.Parse(text).Switch(_ => { }, _ => { });
            VietnameseNumber.Parse(text, NumberTextStyle.Invariant).Switch(_ => { }, _ => { });
        },
        ["unit"] = bytes =>
        {
            var text = Text(bytes);
            AdministrativeUnitCode.Parse(text).Switch(_ => { }, _ => { });
            AdministrativeUnitRegistry.Default.FindByName(text, UnitDate).Switch(_ => { }, _ => { });
            AdministrativeUnitRegistry.Default.FindByAddress(text, UnitDate).Switch(_ => { }, _ => { });
        },
        ["agency"] = bytes =>
        {
            var text = Text(bytes);
            AgencyRegistry.Default.Resolve(text).Switch(_ => { }, _ => { });
            _ = AgencyRegistry.Default.FindMentions(text).Count;
        },
        ["csv"] = bytes => _ = ObservationCsv.Read(Text(bytes)).Errors.Count,
        ["planjson"] = bytes => PlanJson.Deserialize(Text(bytes)).Switch(p => PlanJson.Deserialize(PlanJson.Serialize(p)), _ => { }),
        ["rulejson"] = bytes => IndicatorRuleJson.Deserialize(Text(bytes)).Switch(_ => { }, _ => { }),
        ["import"] = bytes => _ = new PlanTextImporter().Import(Text(bytes)).Diagnostics.Count,
        ["planfile"] = bytes => PlanFileReader.Read(bytes).Switch(_ => { }, _ => { }),
        ["word"] = bytes => WordDocumentReader.Default.Read(bytes).Switch(w => new PlanTextImporter().Import(w.Text), _ => { }),
    };

    // Bytes as the CLI reads a text file: UTF-8, invalid sequences replaced.
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}

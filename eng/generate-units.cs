// Generates the shipped district and commune data from the pinned source files in eng/data/units-2025:
//   src/VnChildProtection.Domain/Units/Data/units-2025.tsv   (embedded in the Domain assembly)
//   eng/data/units-2025/REPORT.md                            (every disagreement between sources and how it was settled)
// Usage: dotnet run eng/generate-units.cs            (from the repository root; deterministic: run twice, same bytes)
//        dotnet run eng/generate-units.cs -- --check (fails when the checked-in outputs differ from a fresh run)
#:property ImplicitUsings=enable
#:property TreatWarningsAsErrors=false
#:property Nullable=enable
#:project ../src/VnChildProtection.Domain/VnChildProtection.Domain.csproj
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

var check = args.Contains("--check");
var root = Directory.GetCurrentDirectory();
var dataDir = Path.Combine(root, "eng", "data", "units-2025");
var outTsv = Path.Combine(root, "src", "VnChildProtection.Domain", "Units", "Data", "units-2025.tsv");
var outReport = Path.Combine(dataDir, "REPORT.md");
var report = new Report();

// ---------------------------------------------------------------- 1. the statistics office's lists (until 30/6/2025)
var districts = new List<OldDistrict>();
foreach (var row in Csv.Read(Path.Combine(dataDir, "danhmuchanhchinh.gso.gov.vn_district_2025-07-18.csv")).Skip(1))
{
    var kind = row[3] switch
    {
        "Quận" => Kind.UrbanDistrict,
        "Huyện" => Kind.RuralDistrict,
        "Thị xã" => Kind.DistrictTown,
        "Thành phố" => row[4] is "01" or "31" or "48" or "79" or "92" ? Kind.MunicipalCity : Kind.ProvincialCity,
        var other => throw new InvalidDataException($"district kind {other}"),
    };
    districts.Add(new OldDistrict(row[0], Names.StripPrefix(row[1], kind), kind, row[4], Names.StripPrefix(row[5], null)));
}
var districtByCode = districts.ToDictionary(d => d.Code);

var oldCommunes = new List<OldCommune>();
foreach (var row in Csv.Read(Path.Combine(dataDir, "danhmuchanhchinh.gso.gov.vn_ward_2025-07-18.csv")).Skip(1))
{
    var kind = row[3] switch
    {
        "Xã" => Kind.Commune,
        "Phường" => Kind.Ward,
        "Thị trấn" => Kind.Township,
        var other => throw new InvalidDataException($"commune kind {other}"),
    };
    if (!districtByCode.TryGetValue(row[4], out var district) || district.ProvinceCode != row[6])
    {
        report.Add("Statistics office lists", $"commune {row[0]} {row[1]}: district {row[4]} missing from the district list or in another province; kept with its own district code");
    }
    var (named, _, _) = Names.SplitKind(row[1]);
    if (named is { } namedKind && namedKind != kind && namedKind is Kind.Commune or Kind.Ward or Kind.Township)
    {
        report.Add("Statistics office lists", $"commune {row[0]} \"{row[1]}\" ({districtByCode[row[4]].Name}) is listed with level \"{row[3]}\"; the kind in its name is kept");
        kind = namedKind;
    }
    oldCommunes.Add(new OldCommune(row[0], Names.StripPrefix(row[1], kind), kind, row[4], row[6]));
}
foreach (var duplicate in oldCommunes.GroupBy(c => c.Code).Where(g => g.Count() > 1))
{
    report.Add("Statistics office lists", $"commune code {duplicate.Key} appears {duplicate.Count()} times; the first row is kept");
}
oldCommunes = oldCommunes.GroupBy(c => c.Code).Select(g => g.First()).ToList();
var districtsWithCommunes = oldCommunes.Select(c => c.DistrictCode).ToHashSet();
foreach (var district in districts.Where(d => !districtsWithCommunes.Contains(d.Code)))
{
    report.Add("Statistics office lists", $"district {district.Code} {Kinds.Prefix(district.Kind)} {district.Name} has no commune-level units (an island district governed directly)");
}

// ---------------------------------------------------------------- 2. the official new codes (production.cas.so)
var newUnits = new List<NewCommune>();
using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dataDir, "production.cas.so_3221_wards_2025-08-05.json"))))
{
    foreach (var item in json.RootElement.GetProperty("communes").EnumerateArray())
    {
        var rawName = item.GetProperty("name").GetString()!;
        var level = item.GetProperty("administrativeLevel").GetString()!;
        var kind = level switch
        {
            "Xã" => Kind.Commune,
            "Phường" => Kind.Ward,
            "Đặc khu" => Kind.SpecialZone,
            _ => throw new InvalidDataException($"new kind {level}"),
        };
        var cleaned = Names.CollapseSpaces(rawName);
        if (cleaned != rawName.Normalize(NormalizationForm.FormC))
        {
            report.Add("Official codes (production.cas.so)", $"{item.GetProperty("code").GetString()}: name \"{rawName.Replace("\n", "\\n", StringComparison.Ordinal)}\" has stray white space; read as \"{cleaned}\"");
        }
        newUnits.Add(new NewCommune(
            item.GetProperty("code").GetString()!,
            Names.StripPrefix(cleaned, kind),
            kind,
            item.GetProperty("provinceCode").GetString()!,
            Names.StripPrefix(item.GetProperty("provinceName").GetString()!, null),
            item.GetProperty("decree").GetString()!));
    }
}
foreach (var duplicate in newUnits.GroupBy(c => c.Code).Where(g => g.Count() > 1))
{
    throw new InvalidDataException($"new code {duplicate.Key} twice");
}

// ---------------------------------------------------------------- 3. provinces: old → new (merger-map site)
var oldProvinceNames = oldCommunes.Select(c => c.ProvinceCode).Distinct()
    .ToDictionary(code => code, code => districts.First(d => d.ProvinceCode == code).ProvinceName);
var newProvinceNames = newUnits.Select(u => (u.ProvinceCode, u.ProvinceName)).Distinct().ToDictionary(p => p.ProvinceCode, p => p.ProvinceName);
var newProvinceByKey = newProvinceNames.ToDictionary(p => Names.Key(p.Value), p => p.Key);
var oldProvinceByKey = oldProvinceNames.ToDictionary(p => Names.Key(p.Value), p => p.Key);
var oldProvincesOf = new Dictionary<string, List<string>>(); // new province code → old province codes
var siteProvinceToNew = new Dictionary<string, string>();
foreach (var row in Csv.Read(Path.Combine(dataDir, "sapnhap.bando.com.vn_province_2025-07-17.csv")).Skip(1))
{
    var name = Names.StripPrefix(row[2].Replace("Thủ đô ", "", StringComparison.Ordinal), null);
    if (!newProvinceByKey.TryGetValue(Names.Key(name), out var newCode))
    {
        throw new InvalidDataException($"site province {row[2]} has no official code");
    }
    siteProvinceToNew[row[1]] = newCode;
    var parts = Names.Key(row[8]) == "khong sap nhap"
        ? [name]
        : Regex.Split(row[8], ",| và ").Select(p => Names.StripPrefix(p.Trim(), null)).ToArray();
    var olds = new List<string>();
    foreach (var part in parts)
    {
        var partKey = Names.Key(part) is "tphcm" or "tp hcm" ? Names.Key("Hồ Chí Minh") : Names.Key(part);
        if (partKey != Names.Key(part))
        {
            report.Add("Provinces", $"merger-map site: \"{part}\" in the parts of {name} is read as Hồ Chí Minh");
        }
        if (oldProvinceByKey.TryGetValue(partKey, out var oldCode))
        {
            olds.Add(oldCode);
        }
        else
        {
            report.Add("Provinces", $"merger-map site: province part \"{part}\" of {name} not found in the statistics office's list");
        }
    }
    oldProvincesOf[newCode] = olds;
}
var mappedOld = oldProvincesOf.Values.SelectMany(v => v).ToHashSet();
foreach (var old in oldProvinceNames.Keys.Where(c => !mappedOld.Contains(c)))
{
    report.Add("Provinces", $"old province {old} {oldProvinceNames[old]} is in no new province of the merger-map site");
}

// ---------------------------------------------------------------- 4. new units: merger-map site ↔ official codes
var newByProvinceKey = newUnits.GroupBy(u => (u.ProvinceCode, Names.Key(u.Name))).ToDictionary(g => g.Key, g => g.ToList());
var siteRows = Csv.Read(Path.Combine(dataDir, "sapnhap.bando.com.vn_ward_2025-07-17.csv")).Skip(1).ToList();
var formedFrom = new Dictionary<NewCommune, string>(); // new unit → truocsapnhap
var tonePlacement = new List<string>();
foreach (var row in siteRows)
{
    var provinceCode = siteProvinceToNew[row[1]];
    var kind = Names.Key(row[4]) switch
    {
        "xa" => Kind.Commune,
        "phuong" => Kind.Ward,
        "dac khu" => Kind.SpecialZone,
        var other => throw new InvalidDataException($"site kind {other}"),
    };
    var name = Names.CollapseSpaces(row[5]);
    if (!newByProvinceKey.TryGetValue((provinceCode, Names.Key(name)), out var matches))
    {
        report.Add("New units: merger-map site ↔ official codes", $"{Kinds.Prefix(kind)} {name} ({newProvinceNames[provinceCode]}): no official code; left out");
        continue;
    }
    matches = Names.Closest(matches, m => m.Name, name);
    var match = matches.Count == 1 ? matches[0] : matches.FirstOrDefault(m => m.Kind == kind);
    if (match is null)
    {
        report.Add("New units: merger-map site ↔ official codes", $"{Kinds.Prefix(kind)} {name} ({newProvinceNames[provinceCode]}): several official units of that name, none of that kind; left out");
        continue;
    }
    if (match.Kind != kind)
    {
        report.Add("New units: merger-map site ↔ official codes", $"{match.Code} {name} ({newProvinceNames[provinceCode]}): the site says {Kinds.Prefix(kind).ToLowerInvariant()}, the official list {Kinds.Prefix(match.Kind).ToLowerInvariant()}; the official kind is kept");
    }
    if (match.Name != name && Names.ToneKey(match.Name) == Names.ToneKey(name))
    {
        tonePlacement.Add(match.Code);
    }
    else if (match.Name != name)
    {
        report.Add("New units: merger-map site ↔ official codes", $"{match.Code}: the site spells \"{name}\", the official list \"{match.Name}\"; the official spelling is kept");
    }
    if (!formedFrom.TryAdd(match, Names.Nfc(row[12])))
    {
        report.Add("New units: merger-map site ↔ official codes", $"{match.Code} {match.Name}: two rows of the site; the first is kept");
    }
}
if (tonePlacement.Count > 0)
{
    report.Add("New units: merger-map site ↔ official codes", $"{tonePlacement.Count} names differ only in where the tone mark sits (Hoà/Hòa, Thuỷ/Thủy); the official spelling is kept: {string.Join(", ", tonePlacement.Order(StringComparer.Ordinal))}");
}
foreach (var unit in newUnits.Where(u => !formedFrom.ContainsKey(u)))
{
    report.Add("New units: merger-map site ↔ official codes", $"{unit.Code} {Kinds.Prefix(unit.Kind)} {unit.Name}: not on the merger-map site, so its predecessors are unknown");
}

// ---------------------------------------------------------------- 5. predecessors: truocsapnhap → old codes
var oldByProvinceKey = oldCommunes.GroupBy(c => (c.ProvinceCode, Names.Key(c.Name))).ToDictionary(g => g.Key, g => g.ToList());
var links = new List<Link>();
var remainderNotes = new List<(OldCommune Old, NewCommune Remainder, string Targets)>();
const string Matching = "Predecessors: names in `truocsapnhap` → statistics office codes";
foreach (var (unit, text) in formedFrom.OrderBy(p => p.Key.Code, StringComparer.Ordinal))
{
    var provinces = oldProvincesOf[unit.ProvinceCode];
    var items = Truoc.Split(text);
    if (items.Count == 1 && Names.Key(items[0].Body) == "khong sap nhap")
    {
        items = [new Truoc.Item(unit.Kind == Kind.SpecialZone ? null : unit.Kind, unit.Name, null, null, "không sáp nhập")];
    }
    var resolved = new List<(Truoc.Item Item, List<OldCommune> Candidates)>();
    foreach (var item in items)
    {
        if (item.DistrictKind is not null)
        {
            // A whole district (island districts: "Huyện Côn Đảo").
            var district = districts.Where(d => provinces.Contains(d.ProvinceCode) && Names.Key(d.Name) == Names.Key(item.Name)).ToList();
            if (district.Count != 1)
            {
                report.Add(Matching, $"{unit.Code} {unit.Name}: district \"{item.Raw}\" not found once; left out");
                continue;
            }
            var communes = oldCommunes.Where(c => c.DistrictCode == district[0].Code).ToList();
            if (communes.Count == 0)
            {
                report.Add("Known gaps", $"{unit.Code} {Kinds.Prefix(unit.Kind)} {unit.Name} was formed from the district {district[0].Code} {Kinds.Prefix(district[0].Kind)} {district[0].Name}, which had no communes: the new unit has no commune-level predecessor (a district cannot be a commune's predecessor in this model)");
            }
            foreach (var commune in communes)
            {
                resolved.Add((item with { Name = commune.Name, Kind = commune.Kind }, [commune]));
            }
            continue;
        }
        if (item.Kind is null && item.NotAUnit)
        {
            report.Add("Known gaps", $"{unit.Code} {Kinds.Prefix(unit.Kind)} {unit.Name}: also formed from \"{item.Raw}\", territory that was no commune-level unit");
            continue;
        }
        var candidates = provinces
            .SelectMany(p => oldByProvinceKey.GetValueOrDefault((p, Names.Key(item.Name))) ?? [])
            .ToList();
        if (candidates.Count == 0)
        {
            var compact = Names.Key(item.Name).Replace(" ", "", StringComparison.Ordinal);
            candidates = oldCommunes.Where(c => provinces.Contains(c.ProvinceCode) && Names.Key(c.Name).Replace(" ", "", StringComparison.Ordinal) == compact).ToList();
            foreach (var candidate in candidates)
            {
                report.Add("Settled by spelling", $"{unit.Code} {unit.Name}: \"{item.Raw}\" differs only in spacing or punctuation from {candidate.Code} {Kinds.Prefix(candidate.Kind)} {candidate.Name}");
            }
        }
        if (candidates.Count == 0 && item.Kind is { } itemKind)
        {
            var withWord = Kinds.Prefix(itemKind) + " " + item.Name;
            candidates = provinces.SelectMany(p => oldByProvinceKey.GetValueOrDefault((p, Names.Key(withWord))) ?? []).ToList();
            if (candidates.Count > 0)
            {
                report.Add(Matching, $"{unit.Code} {unit.Name}: \"{item.Raw}\" is the unit the statistics office names \"{Kinds.Prefix(itemKind)} {withWord}\"");
            }
        }
        if (item.DistrictHint is not null && candidates.Count > 0)
        {
            var hinted = candidates.Where(c => Names.Key(districtByCode[c.DistrictCode].Name) == Names.Key(item.DistrictHint)).ToList();
            if (hinted.Count == 0)
            {
                report.Add(Matching, $"{unit.Code} {unit.Name}: \"{item.Raw}\": no such unit in district \"{item.DistrictHint}\"; the hint is ignored");
            }
            else
            {
                candidates = hinted;
            }
        }
        var sameKind = item.Kind is null ? candidates : candidates.Where(c => c.Kind == item.Kind).ToList();
        if (sameKind.Count == 0 && candidates.Count > 0)
        {
            report.Add(Matching, $"{unit.Code} {unit.Name}: \"{item.Raw}\" has no unit of that kind; matched by name only");
            sameKind = candidates;
        }
        sameKind = Names.Closest(sameKind, c => c.Name, item.Name);
        if (sameKind.Count > 1 && sameKind.Count(c => c.Code == unit.Code) == 1)
        {
            report.Add("Settled by context", $"{unit.Code} {unit.Name}: \"{item.Raw}\" names {sameKind.Count} old units in the province ({string.Join(", ", sameKind.Select(c => $"{c.Code} in {districtByCode[c.DistrictCode].Name}"))}); the one whose code the new unit kept is taken");
            sameKind = sameKind.Where(c => c.Code == unit.Code).ToList();
        }
        if (sameKind.Count == 1 && Names.ToneKey(sameKind[0].Name) != Names.ToneKey(item.Name))
        {
            report.Add("Settled by spelling", $"{unit.Code} {unit.Name}: \"{item.Raw}\" is spelled \"{sameKind[0].Name}\" by the statistics office ({sameKind[0].Code})");
        }
        resolved.Add((item, sameKind));
    }
    // Settle ambiguous names by the districts of the other, unambiguous items of the same list.
    var contextDistricts = resolved.Where(r => r.Candidates.Count == 1).Select(r => r.Candidates[0].DistrictCode)
        .Concat(items.Where(i => i.DistrictHint is not null)
            .SelectMany(i => districts.Where(d => provinces.Contains(d.ProvinceCode) && Names.Key(d.Name) == Names.Key(i.DistrictHint!)).Select(d => d.Code)))
        .ToHashSet();
    foreach (var (item, candidates) in resolved)
    {
        var chosen = candidates;
        if (candidates.Count > 1)
        {
            var inContext = candidates.Where(c => contextDistricts.Contains(c.DistrictCode)).ToList();
            if (inContext.Count == 1)
            {
                report.Add("Settled by context", $"{unit.Code} {unit.Name}: \"{item.Raw}\" names {candidates.Count} units ({string.Join(", ", candidates.Select(c => $"{c.Code} in {districtByCode[c.DistrictCode].Name}"))}); {inContext[0].Code} is in the district of the list's other units");
                chosen = inContext;
            }
            else
            {
                report.Add(Matching, $"{unit.Code} {unit.Name}: \"{item.Raw}\" is ambiguous ({string.Join(", ", candidates.Select(c => $"{c.Code} in {districtByCode[c.DistrictCode].Name}"))}); left out");
                continue;
            }
        }
        if (chosen.Count == 0)
        {
            var near = provinces.SelectMany(p => oldCommunes.Where(c => c.ProvinceCode == p))
                .Where(c => (item.Kind is null || c.Kind == item.Kind) && Names.Distance(Names.Key(c.Name), Names.Key(item.Name)) == 1)
                .Where(c => contextDistricts.Count == 0 || contextDistricts.Contains(c.DistrictCode))
                .ToList();
            if (near.Count == 1)
            {
                report.Add("Settled by spelling", $"{unit.Code} {unit.Name}: \"{item.Raw}\" is not in the statistics office's list; one letter from {near[0].Code} {Kinds.Prefix(near[0].Kind)} {near[0].Name} ({districtByCode[near[0].DistrictCode].Name}), taken as that unit");
                chosen = near;
            }
            else
            {
                report.Add(Matching, $"{unit.Code} {unit.Name}: \"{item.Raw}\" not found in {string.Join(", ", provinces.Select(p => oldProvinceNames[p]))}{(near.Count > 1 ? $" ({near.Count} units one letter away)" : "")}; left out");
                continue;
            }
        }
        var old = chosen[0];
        links.Add(new Link(old, unit, item.Remainder));
        if (item.Remainder is { } note && note.Length > "phần còn lại".Length)
        {
            remainderNotes.Add((old, unit, note));
        }
    }
}

// A remainder note names the units that took the other parts: check that each lists the old unit too.
foreach (var (old, remainder, note) in remainderNotes)
{
    var targetsText = Regex.Replace(note, "^phần còn lại sau khi (sáp nhập|nhập) vào ", "", RegexOptions.IgnoreCase);
    foreach (var target in Regex.Split(targetsText, ",| và "))
    {
        var targetName = Names.StripPrefix(target.Trim(), null);
        var targetUnits = newUnits.Where(u => u.ProvinceCode == remainder.ProvinceCode && Names.Key(u.Name) == Names.Key(targetName)).ToList();
        if (targetUnits.Count != 1)
        {
            report.Add("Splits", $"{old.Code} {old.Name} → {remainder.Code} {remainder.Name}: the note names \"{target.Trim()}\", which is not one new unit of the province");
            continue;
        }
        if (!links.Any(l => l.Old == old && l.New == targetUnits[0]))
        {
            report.Add("Splits", $"{old.Code} {old.Name}: the note on {remainder.Code} {remainder.Name} says a part went to {targetUnits[0].Code} {targetUnits[0].Name}, whose own list does not name it; the link is added from the note");
            links.Add(new Link(old, targetUnits[0], null));
        }
    }
}
links = links.DistinctBy(l => (l.Old.Code, l.New.Code)).ToList();

// ---------------------------------------------------------------- 6. shares and gaps
var successorsOf = links.GroupBy(l => l.Old).ToDictionary(g => g.Key, g => g.OrderBy(l => l.New.Code, StringComparer.Ordinal).ToList());
foreach (var (old, list) in successorsOf.Where(p => p.Value.Count > 1 && p.Value.All(l => l.Remainder is null)))
{
    report.Add("Splits", $"{old.Code} {Kinds.Prefix(old.Kind)} {old.Name} is listed by {list.Count} new units ({string.Join(", ", list.Select(l => l.New.Code + " " + l.New.Name))}) without a remainder note: each is recorded as taking a part");
}
foreach (var old in oldCommunes.Where(c => !successorsOf.ContainsKey(c)))
{
    report.Add("Known gaps", $"{old.Code} {Kinds.Prefix(old.Kind)} {old.Name} ({districtByCode[old.DistrictCode].Name}, {oldProvinceNames[old.ProvinceCode]}): no new unit lists it; it ends on 30/6/2025 without successor");
}
var predecessorCount = links.GroupBy(l => l.New).ToDictionary(g => g.Key, g => g.Count());
foreach (var unit in newUnits.Where(u => !predecessorCount.ContainsKey(u)))
{
    report.Add("Known gaps", $"{unit.Code} {Kinds.Prefix(unit.Kind)} {unit.Name} ({unit.ProvinceName}): no commune-level predecessor");
}

// ---------------------------------------------------------------- 7. output
var tsv = new StringBuilder();
tsv.Append("# Districts and communes of Vietnam before and after 1 July 2025. Generated by eng/generate-units.cs from eng/data/units-2025 (see SOURCES.md and REPORT.md there); do not edit.\n");
tsv.Append("# code\tkind\tname\tvalid_from\tvalid_to\tparent\tsuccessors separated by |: code = the whole unit, code+ = a part (code+wording: a part so worded), code=wording = the remainder after the parts named\n");
foreach (var d in districts.OrderBy(d => d.Code, StringComparer.Ordinal))
{
    tsv.Append(CultureInfo.InvariantCulture, $"{d.Code}\t{(int)d.Kind}\t{d.Name}\t\t2025-06-30\t{d.ProvinceCode}\t\n");
}
foreach (var c in oldCommunes.OrderBy(c => c.Code, StringComparer.Ordinal))
{
    var successors = successorsOf.GetValueOrDefault(c) ?? [];
    var split = successors.Count > 1;
    var field = string.Join("|", successors.Select(l =>
        l.Remainder is { } wording && wording.StartsWith("phần còn lại", StringComparison.Ordinal) ? $"{l.New.Code}={wording}"
        : l.Remainder is { } part ? $"{l.New.Code}+{part}"
        : split ? l.New.Code + "+" : l.New.Code));
    tsv.Append(CultureInfo.InvariantCulture, $"{c.Code}\t{(int)c.Kind}\t{c.Name}\t\t2025-06-30\t{c.DistrictCode}\t{field}\n");
}
foreach (var u in newUnits.OrderBy(u => u.Code, StringComparer.Ordinal))
{
    tsv.Append(CultureInfo.InvariantCulture, $"{u.Code}\t{(int)u.Kind}\t{u.Name}\t2025-07-01\t\t{u.ProvinceCode}\t\n");
}

var md = new StringBuilder();
md.Append("# Administrative units 2025: how the sources were reconciled\n\n");
md.Append("Generated by `dotnet run eng/generate-units.cs` from the files beside this report (see SOURCES.md); do not edit.\n\n");
md.Append("| measure | count |\n| --- | ---: |\n");
md.Append(CultureInfo.InvariantCulture, $"| district-level units until 30/6/2025 | {districts.Count} |\n");
md.Append(CultureInfo.InvariantCulture, $"| commune-level units until 30/6/2025 | {oldCommunes.Count} |\n");
md.Append(CultureInfo.InvariantCulture, $"| commune-level units from 1/7/2025 (official codes) | {newUnits.Count} |\n");
md.Append(CultureInfo.InvariantCulture, $"| of which on the merger-map site | {formedFrom.Count} |\n");
md.Append(CultureInfo.InvariantCulture, $"| successor links (old → new) | {links.Count} |\n");
md.Append(CultureInfo.InvariantCulture, $"| old communes with one successor | {successorsOf.Count(p => p.Value.Count == 1)} |\n");
md.Append(CultureInfo.InvariantCulture, $"| old communes split between several successors | {successorsOf.Count(p => p.Value.Count > 1)} |\n");
md.Append(CultureInfo.InvariantCulture, $"| old communes without successor | {oldCommunes.Count(c => !successorsOf.ContainsKey(c))} |\n");
md.Append(CultureInfo.InvariantCulture, $"| new communes without predecessor | {newUnits.Count(u => !predecessorCount.ContainsKey(u))} |\n\n");
foreach (var section in report.Sections)
{
    md.Append(CultureInfo.InvariantCulture, $"## {section.Key} ({section.Value.Count})\n\n");
    foreach (var line in section.Value)
    {
        md.Append("- ").Append(line).Append('\n');
    }
    md.Append('\n');
}

var outputs = new[] { (outTsv, tsv.ToString()), (outReport, md.ToString().TrimEnd('\n') + "\n") };
var stale = false;
foreach (var (path, content) in outputs)
{
    var bytes = new UTF8Encoding(false).GetBytes(content);
    if (check)
    {
        if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            Console.Error.WriteLine($"{path} is stale: run dotnet run eng/generate-units.cs");
            stale = true;
        }
        continue;
    }
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, bytes);
    Console.WriteLine($"wrote {Path.GetRelativePath(root, path)} ({bytes.Length:N0} bytes)");
}
Console.WriteLine($"districts {districts.Count}, old communes {oldCommunes.Count}, new communes {newUnits.Count}, links {links.Count}, report lines {report.Sections.Sum(s => s.Value.Count)}");
return stale ? 1 : 0;

enum Kind
{
    UrbanDistrict = 3, RuralDistrict = 4, DistrictTown = 5, ProvincialCity = 6, MunicipalCity = 7,
    Commune = 8, Ward = 9, Township = 10, SpecialZone = 11,
}

static class Kinds
{
    public static string Prefix(Kind kind) => kind switch
    {
        Kind.UrbanDistrict => "Quận",
        Kind.RuralDistrict => "Huyện",
        Kind.DistrictTown => "Thị xã",
        Kind.ProvincialCity or Kind.MunicipalCity => "Thành phố",
        Kind.Commune => "Xã",
        Kind.Ward => "Phường",
        Kind.Township => "Thị trấn",
        _ => "Đặc khu",
    };
}

sealed record OldDistrict(string Code, string Name, Kind Kind, string ProvinceCode, string ProvinceName);

sealed record OldCommune(string Code, string Name, Kind Kind, string DistrictCode, string ProvinceCode);

sealed record NewCommune(string Code, string Name, Kind Kind, string ProvinceCode, string ProvinceName, string Resolution);

sealed record Link(OldCommune Old, NewCommune New, string? Remainder);

sealed class Report
{
    public SortedDictionary<string, List<string>> Sections { get; } = new(StringComparer.Ordinal);

    public void Add(string section, string line)
    {
        if (!Sections.TryGetValue(section, out var lines))
        {
            Sections[section] = lines = [];
        }
        lines.Add(line);
    }
}

static partial class Names
{
    private static readonly (string Prefix, Kind? Kind)[] Prefixes =
    [
        ("Thành phố", null), ("Thủ đô", null), ("Tỉnh", null), ("Quận", Kind.UrbanDistrict), ("Huyện", Kind.RuralDistrict),
        ("Thị xã", Kind.DistrictTown), ("Thị trấn", Kind.Township), ("Đặc khu", Kind.SpecialZone), ("Phường", Kind.Ward), ("Xã", Kind.Commune),
    ];

    public static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    public static string CollapseSpaces(string text) => Spaces().Replace(Nfc(text), " ").Trim();

    // Removes the kind word; numbered units keep it out too ("Phường 1" → "1", "Quận 1" → "1").
    public static string StripPrefix(string text, Kind? kind)
    {
        var cleaned = CollapseSpaces(text);
        foreach (var (prefix, _) in Prefixes)
        {
            if (cleaned.Length > prefix.Length + 1 && cleaned.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                return cleaned[(prefix.Length + 1)..];
            }
        }
        return cleaned;
    }

    public static (Kind? Kind, bool District, string Remaining) SplitKind(string text)
    {
        var cleaned = CollapseSpaces(text);
        foreach (var (prefix, kind) in Prefixes)
        {
            if (cleaned.Length > prefix.Length + 1 && cleaned.StartsWith(prefix + " ", StringComparison.OrdinalIgnoreCase))
            {
                var district = prefix is "Quận" or "Huyện" or "Thị xã" or "Thành phố";
                return (kind ?? (district ? Kind.ProvincialCity : null), district, cleaned[(prefix.Length + 1)..]);
            }
        }
        return (null, false, cleaned);
    }

    // The library's accent-, case- and punctuation-insensitive key, with "Nông trường" = "NT" and Roman numerals = digits.
    public static string Key(string text)
    {
        var key = VnChildProtection.Domain.Text.VietnameseText.ToMatchKey(text);
        if (key.StartsWith("nong truong ", StringComparison.Ordinal))
        {
            key = "nt " + key["nong truong ".Length..];
        }
        return key switch
        {
            "i" => "1", "ii" => "2", "iii" => "3", "iv" => "4", "v" => "5", "vi" => "6", "vii" => "7", "viii" => "8", "ix" => "9", "x" => "10",
            _ => key,
        };
    }

    // Like Key, but keeps the vowel marks (â, ă, ê, ô, ơ, ư, đ) and each word's tone wherever it is placed:
    // "Hiệp Hoà" = "Hiệp Hòa", but "Cẩm Giàng" ≠ "Cẩm Giang" and "Vân" ≠ "Văn".
    public static string ToneKey(string text)
    {
        var words = new List<string>();
        foreach (var word in Regex.Split(text.Normalize(NormalizationForm.FormD).ToLowerInvariant(), @"[^\p{L}\p{Mn}\p{Nd}]+"))
        {
            var kept = new StringBuilder();
            var tone = ' ';
            foreach (var c in word)
            {
                if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
                {
                    tone = c;
                }
                else
                {
                    kept.Append(c);
                }
            }
            if (kept.Length > 0)
            {
                words.Add(kept.ToString().Normalize(NormalizationForm.FormC) + (tone == ' ' ? "" : ((int)tone).ToString(CultureInfo.InvariantCulture)));
            }
        }
        return string.Join(' ', words);
    }

    // Of the candidates sharing a Key with the name, those that also share its ToneKey (all when none do).
    public static List<T> Closest<T>(List<T> candidates, Func<T, string> name, string wanted)
    {
        var exact = candidates.Where(c => ToneKey(name(c)) == ToneKey(wanted)).ToList();
        return exact.Count > 0 ? exact : candidates;
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

static class Truoc
{
    public sealed record Item(Kind? Kind, string Name, string? DistrictHint, string? Remainder, string Raw)
    {
        public Kind? DistrictKind { get; init; }

        public string Body => Name;

        public bool NotAUnit { get; init; }
    }

    // Splits "Xã A, Phường B (phần còn lại sau khi sáp nhập vào xã C, xã D), Xã E (huyện F)" at top-level commas.
    public static List<Item> Split(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in Names.Nfc(text))
        {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0)
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        parts.Add(current.ToString().Trim());
        var items = new List<Item>();
        foreach (var part in parts.Select(p => p.TrimEnd('.', ';').Trim()).Where(p => p.Length > 0))
        {
            var open = part.IndexOf('(');
            var head = open < 0 ? part : part[..open].Trim();
            string? hint = null;
            string? remainder = null;
            foreach (Match group in Regex.Matches(part, @"\(([^()]*)\)"))
            {
                var note = group.Groups[1].Value.Trim();
                if (Names.Key(note).StartsWith("phan con lai", StringComparison.Ordinal))
                {
                    remainder = Names.CollapseSpaces(note);
                }
                else if (Names.Key(note) == "mot phan")
                {
                    remainder = "một phần";
                }
                else if (!Names.Key(note).StartsWith("bao gom", StringComparison.Ordinal))
                {
                    hint = Names.StripPrefix(Regex.Replace(note, "^thuộc ", "", RegexOptions.IgnoreCase).Split(',')[0], null);
                }
            }
            var (kind, district, name) = Names.SplitKind(head);
            var notAUnit = kind is null && (Names.Key(head).StartsWith("truong ban", StringComparison.Ordinal) || Names.Key(head).StartsWith("khu vuc", StringComparison.Ordinal));
            items.Add(new Item(district ? null : kind, name, hint, remainder, part) { DistrictKind = district ? kind : null, NotAUnit = notAUnit });
        }
        return items;
    }
}

static class Csv
{
    public static IEnumerable<string[]> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; break;
                case ',': row.Add(Names.Nfc(field.ToString())); field.Clear(); break;
                case '\r': break;
                case '\n':
                    row.Add(Names.Nfc(field.ToString())); field.Clear();
                    yield return row.ToArray(); row.Clear();
                    break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(Names.Nfc(field.ToString()));
            yield return row.ToArray();
        }
    }
}

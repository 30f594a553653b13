using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Evaluation;

/// <summary>
/// Turns plan fields into comparable keys, the same way for an imported plan and a gold annotation: text through
/// <see cref="VietnameseText.ToMatchKey"/>, numbers in invariant form, dates in ISO form.
/// </summary>
internal static partial class EvaluationKeys
{
    public static string Field(string name, string value) => name + "=" + VietnameseText.ToMatchKey(value);

    public static IEnumerable<string> Header(PlanHeader header)
    {
        if (header.Number is { Length: > 0 } number)
        {
            yield return Field("number", number);
        }
        if (header.Place is { Length: > 0 } place)
        {
            yield return Field("place", place);
        }
        if (header.IssueDate is { } date)
        {
            yield return "issueDate=" + Iso(date);
        }
        if (header.IssueYear is { } year)
        {
            yield return "issueYear=" + year.ToString(CultureInfo.InvariantCulture);
        }
        yield return "isDraft=" + (header.IsDraft ? "true" : "false");
        if (header.Title is { Length: > 0 } title)
        {
            yield return Field("title", title);
        }
        if (header.Issuer is { Length: > 0 } issuer)
        {
            yield return Field("issuer", issuer);
        }
        if (header.Signer is { Length: > 0 } signer)
        {
            yield return Field("signer", signer);
        }
    }

    /// <summary>A citation's key: its document number (or, for a law cited by name, the name and year) and the date written with it.</summary>
    public static string Citation(string text, string? date = null)
    {
        var normalised = VietnameseText.Normalize(text);
        date ??= DateIn(normalised);
        // A date (15/6/2022) is no document number: "Luật Thi đua, khen thưởng ngày 15/6/2022" is a law named with its date.
        var number = DocumentNumber().Matches(normalised).FirstOrDefault(m => m.Value.Any(char.IsLetter)) ?? Match.Empty;
        var key = number.Success
            ? VietnameseText.ToMatchKey(number.Value).Replace(" ", "", StringComparison.Ordinal)
            : VietnameseText.ToMatchKey(WrittenDate().Replace(normalised, ""));
        return key + "@" + (date ?? "");
    }

    public static string Indicator(int? objective, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"indicator {objective?.ToString(CultureInfo.InvariantCulture) ?? "-"}.{number}");

    public static string Value(int? objective, int number, string token) =>
        string.Create(CultureInfo.InvariantCulture, $"value {objective?.ToString(CultureInfo.InvariantCulture) ?? "-"}.{number} {token.Trim()}");

    /// <summary>The milestone values of a typed target as tokens: <c>6.5@2025</c>, <c>100</c>, <c>rel:20vs2023</c>, <c>annual:2-3</c>, <c>144/200@2022</c>.</summary>
    public static IEnumerable<string> Values(Target target) => target switch
    {
        ThresholdTarget threshold => threshold.Milestones.Select(m => Number(m.Value) + (m.Year is { } year ? "@" + year.ToString(CultureInfo.InvariantCulture) : "")),
        RelativeReductionTarget relative => [string.Create(CultureInfo.InvariantCulture, $"rel:{Number(relative.Percent)}vs{relative.BaselineYear}")],
        AnnualReductionTarget annual => [$"annual:{Number(annual.MinPercent)}-{Number(annual.MaxPercent)}"],
        CountFractionTarget fraction =>
        [
            string.Create(CultureInfo.InvariantCulture, $"{fraction.BaselineCount}/{fraction.BaselineTotal}@{fraction.BaselineYear}"),
            string.Create(CultureInfo.InvariantCulture, $"{fraction.TargetCount}/{fraction.TargetTotal}@{fraction.TargetYear}"),
        ],
        _ => [],
    };

    public static string Responsibility(string agencyId, string role, int indicator) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyId}|{role.ToLowerInvariant()}|{indicator}");

    /// <summary>An assigned body's key: a registry id (<c>so-y-te</c>) as is, a name as written through the match key.</summary>
    public static string Assignment(string agency) =>
        RegistryId().IsMatch(agency) ? agency : VietnameseText.ToMatchKey(agency);

    public static string Deadline(string due, string? report, int? tier) =>
        $"{due}|{(report is null ? "-" : VietnameseText.ToMatchKey(report))}|{tier?.ToString(CultureInfo.InvariantCulture) ?? "-"}";

    /// <summary>A task area's key: its number and the first three words of its title (titles are cut differently by readers).</summary>
    public static string Task(string number, string title) =>
        number.Trim().TrimEnd('.') + "|" + string.Join(' ', VietnameseText.ToMatchKey(title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));

    /// <summary>A reporting duty's key: when (<c>15/11</c>, an ISO date, <c>within:10 ngay</c> or <c>-</c>), recipient and via, bodies as <see cref="Assignment"/> keys.</summary>
    public static string Recipient(string when, string recipient, string? via) =>
        when + "|" + Assignment(recipient) + "|" + (via is { Length: > 0 } ? Assignment(via) : "-");

    /// <summary>The bodies of a list as written (<c>Bộ Khoa học và Công nghệ, Ủy ban nhân dân tỉnh</c>): registry ids where the default registry knows them, else the names.</summary>
    public static IEnumerable<string> Bodies(string list)
    {
        if (RegistryId().IsMatch(list))
        {
            return [list];
        }
        // Since districts were abolished (1 July 2025) a capitalised "Thành phố" with no name after it is a centrally
        // governed city, whose People's Committee is the provincial one: "báo cáo Ủy ban nhân dân Thành phố".
        var text = CityCommittee().Replace(VietnameseText.Normalize(list), "Ủy ban nhân dân tỉnh");
        var rest = new System.Text.StringBuilder();
        var at = 0;
        var bodies = new List<string>();
        foreach (var mention in AgencyRegistry.Default.FindMentions(text))
        {
            if (mention.Start < at)
            {
                continue;
            }
            rest.Append(text, at, mention.Start - at).Append(',');
            bodies.Add(mention.Kind.Id);
            at = mention.Start + mention.Length;
        }
        rest.Append(text, at, text.Length - at);
        // What no registry name covers is one body of its own, named as written (Ban Chỉ huy Phòng chống thiên tai …).
        bodies.AddRange(ListSeparator().Split(rest.ToString()).Select(p => p.Trim()).Where(p => p.Length > 0 && char.IsUpper(p[0]))
            .Select(p => AgencyRegistry.Default.TryResolve(p, out var match) ? match.Kind.Id : Assignment(p)));
        return bodies;
    }

    /// <summary>The when-part of a relative deadline's key: <c>within:10 ngay</c>.</summary>
    public static string Within(string limit) => "within:" + VietnameseText.ToMatchKey(limit);

    public static string Due(AnnualDate due) => string.Create(CultureInfo.InvariantCulture, $"{due.Day}/{due.Month}");

    public static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static string? DateIn(string text)
    {
        var match = WrittenDate().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? Iso(new LocalDate(year, month, day))
            : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
    }

    [GeneratedRegex(@"(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+Thành phố(?!\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CityCommittee();

    [GeneratedRegex(@"\s*(?:[,;]|\bvà\b)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListSeparator();

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegistryId();

    [GeneratedRegex(@"\d+[a-zA-Z]?(?:\s*[/\-–]\s*[\p{L}\d&]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@",?\s*ngày\s*(?<d>\d{1,2})\s*(?:/|tháng)\s*(?<m>\d{1,2})\s*(?:/|năm)\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
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

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegistryId();

    [GeneratedRegex(@"\d+[a-zA-Z]?(?:\s*[/\-–]\s*[\p{L}\d&]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@",?\s*ngày\s*(?<d>\d{1,2})\s*(?:/|tháng)\s*(?<m>\d{1,2})\s*(?:/|năm)\s*(?<y>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();
}

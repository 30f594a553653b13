using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Progress;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Documents.Reports;

/// <summary>The words and number formats the progress reports share, in either language.</summary>
internal sealed class ReportLabels
{
    public static readonly ReportLabels Vietnamese = new(true);
    public static readonly ReportLabels English = new(false);

    private readonly bool _vi;

    private ReportLabels(bool vietnamese) => _vi = vietnamese;

    public static ReportLabels For(ReportLanguage language) => language == ReportLanguage.English ? English : Vietnamese;

    public string LanguageTag => _vi ? "vi" : "en";

    public string Title => _vi ? "Báo cáo tiến độ thực hiện các chỉ tiêu của kế hoạch" : "Progress on the plan's targets";
    public string AsOf => _vi ? "Ngày đánh giá" : "Evaluation date";
    public string Unit => _vi ? "Địa bàn" : "Area";
    public string AllUnits => _vi ? "toàn bộ số liệu" : "all units in the data";
    public string Summary => _vi ? "Tóm tắt" : "Summary";
    public string Coverage => _vi ? "Độ bao phủ số liệu" : "Data coverage";
    public string Targets => _vi ? "Các chỉ tiêu" : "Targets";
    public string ByAgency => _vi ? "Theo cơ quan chủ trì" : "By lead agency";
    public string ByObjective => _vi ? "Theo mục tiêu" : "By objective";
    public string Indicator => _vi ? "Chỉ tiêu" : "Indicator";
    public string Target => _vi ? "Mục tiêu" : "Target";
    public string Deadline => _vi ? "Thời hạn" : "Due";
    public string Baseline => _vi ? "Giá trị cơ sở" : "Baseline";
    public string Value => _vi ? "Kết quả" : "Value";
    public string Expected => _vi ? "Theo lộ trình" : "Expected";
    public string Reporting => _vi ? "Đơn vị báo cáo" : "Units reporting";
    public string Status => _vi ? "Đánh giá" : "Status";
    public string Rule => _vi ? "Căn cứ đánh giá" : "Why";
    public string Lead => _vi ? "Chủ trì" : "Lead";
    public string Supporting => _vi ? "Phối hợp" : "Supporting";
    public string Leads => _vi ? "Chỉ tiêu chủ trì" : "Targets led";
    public string Supports => _vi ? "Chỉ tiêu phối hợp" : "Targets supported";
    public string Count => _vi ? "Số chỉ tiêu" : "Targets";
    public string Trajectory => _vi ? "Lộ trình" : "Trajectory";
    public string Observed => _vi ? "Số liệu" : "Observed";
    public static string None => "—";

    public string CoverageLine(ProgressReport report) => _vi
        ? $"{report.TargetsWithData}/{report.Targets.Count} chỉ tiêu có số liệu đến ngày đánh giá; {report.QualitativeTargets} chỉ tiêu định tính không đo được bằng số liệu."
        : $"{report.TargetsWithData} of {report.Targets.Count} targets have data by the evaluation date; {report.QualitativeTargets} qualitative targets cannot be measured from data.";

    public string StatusOf(ProgressStatus status) => status switch
    {
        ProgressStatus.Met => _vi ? "Đạt" : "Met",
        ProgressStatus.OnTrack => _vi ? "Đúng tiến độ" : "On track",
        ProgressStatus.AtRisk => _vi ? "Có nguy cơ không đạt" : "At risk",
        ProgressStatus.OffTrack => _vi ? "Không đạt" : "Off track",
        ProgressStatus.NotYetDue => _vi ? "Chưa đến hạn" : "Not yet due",
        _ => _vi ? "Chưa có số liệu" : "No data",
    };

    public string RuleOf(ProgressRule rule) => rule switch
    {
        ProgressRule.NoObservation => _vi ? "Không có số liệu đến ngày đánh giá." : "No value by the evaluation date.",
        ProgressRule.NoBaselineValue => _vi ? "Thiếu số liệu năm gốc để so sánh." : "The baseline year has no value.",
        ProgressRule.NoValueForDeadline => _vi ? "Đã đến hạn nhưng chưa có số liệu của năm đến hạn." : "Due, but no value for the deadline year.",
        ProgressRule.PeriodNotStarted => _vi ? "Giai đoạn thực hiện chưa bắt đầu." : "The target's period has not begun.",
        ProgressRule.ThresholdMet => _vi ? "Kết quả đạt mức chỉ tiêu." : "The value meets the target.",
        ProgressRule.MissedAtDeadline => _vi ? "Đã đến hạn, kết quả chưa đạt mức chỉ tiêu." : "Due, and the value misses the target.",
        ProgressRule.AheadOfTrajectory => _vi ? "Kết quả bằng hoặc vượt lộ trình." : "At or ahead of the trajectory.",
        ProgressRule.BehindWithinTolerance => _vi ? "Kết quả chậm so với lộ trình trong mức cho phép." : "Behind the trajectory, within the tolerance.",
        ProgressRule.BehindBeyondTolerance => _vi ? "Kết quả chậm so với lộ trình quá mức cho phép." : "Behind the trajectory, beyond the tolerance.",
        _ => _vi ? "Chưa đạt, chưa đến hạn và không có lộ trình để so sánh." : "Not met, not yet due, and no trajectory to compare with.",
    };

    public string IndicatorHeading(TargetProgress t) => (_vi ? "Chỉ tiêu " : "Indicator ") + t.IndicatorNumber.ToString(CultureInfo.InvariantCulture) + " (" + t.Measure + ")";

    public string TargetWords(TargetProgress t) => _vi ? t.Target.ToVietnameseString() : t.Target.ToEnglishString();

    public string Citation(PlanHeader plan)
    {
        var parts = _vi ? "Kế hoạch" : "Plan";
        if (plan.Number is { } number)
        {
            parts += (_vi ? " số " : " No. ") + number;
        }
        if (plan.IssueDate is { } date)
        {
            parts += (_vi ? " ngày " : " of ") + Date(date);
        }
        if (plan.Issuer is { } issuer)
        {
            parts += (_vi ? " của " : " by ") + issuer;
        }
        else if (plan.Place is { } place)
        {
            parts += (_vi ? " của tỉnh " : ", ") + place;
        }
        return plan.Title is { } title ? parts + " — " + title : parts;
    }

    public static string Date(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public string Number(decimal? value, IndicatorUnit unit)
    {
        if (value is not { } v)
        {
            return None;
        }
        var text = Math.Round(v, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);
        if (_vi)
        {
            text = text.Replace(',', ' ').Replace('.', ',').Replace(' ', '.');
        }
        return text + (unit == IndicatorUnit.Percent ? "%" : unit.IsCount ? string.Empty : " " + (_vi ? unit.VietnameseSuffix.TrimStart('/') : unit.EnglishSuffix.Trim()));
    }

    public string ThresholdOf(TargetProgress t) =>
        t.Threshold is { } threshold ? SymbolOf(threshold.Bound) + " " + Number(threshold.Value, t.Unit) : None;

    public static string CoverageOf(TargetProgress t) =>
        t.Coverage is { } c ? c.Reported.ToString(CultureInfo.InvariantCulture) + "/" + c.Expected.ToString(CultureInfo.InvariantCulture) : None;

    public string ObservedOf(TargetProgress t) =>
        t.Observed is { } o ? Number(o.Value, t.Unit) + " (" + o.Date.Year.ToString(CultureInfo.InvariantCulture) + ")" : None;

    public string BaselineOf(TargetProgress t) =>
        t.Baseline is { } b ? Number(b.Value, t.Unit) + " (" + b.Year.ToString(CultureInfo.InvariantCulture) + ")" : None;

    public string ChartTitle(TargetProgress t) => _vi
        ? $"Biểu đồ chỉ tiêu {t.IndicatorNumber} ({t.Measure}): lộ trình, {t.Series.Count} giá trị số liệu và ngày đánh giá"
        : $"Chart of indicator {t.IndicatorNumber} ({t.Measure}): trajectory, {t.Series.Count} observed values and the evaluation date";

    public string ChartDescription(TargetProgress t, LocalDate asOf)
    {
        var values = string.Join("; ", System.Linq.Enumerable.Select(t.Series, p => p.Date.Year.ToString(CultureInfo.InvariantCulture) + ": " + Number(p.Value, t.Unit)));
        var trajectory = t.Trajectory is { } tr
            ? string.Join(" → ", System.Linq.Enumerable.Select(tr.Points, p => Number(p.Value, t.Unit) + " (" + p.Date.Year.ToString(CultureInfo.InvariantCulture) + ")"))
            : None;
        return _vi
            ? $"Lộ trình: {trajectory}. Số liệu: {(values.Length == 0 ? None : values)}. Ngày đánh giá: {Date(asOf)}."
            : $"Trajectory: {trajectory}. Observed: {(values.Length == 0 ? None : values)}. Evaluation date: {Date(asOf)}.";
    }

    private static string SymbolOf(TargetBound bound) => bound switch
    {
        TargetBound.AtLeast => "≥",
        TargetBound.Above => ">",
        TargetBound.AtMost => "≤",
        _ => "<",
    };
}

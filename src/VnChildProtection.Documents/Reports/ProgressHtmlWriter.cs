using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using NodaTime;
using VnChildProtection.Domain.Progress;

namespace VnChildProtection.Documents.Reports;

/// <summary>
/// Writes a <see cref="ProgressReport"/> as one self-contained HTML page: inline CSS and SVG, no script and nothing
/// fetched; a summary by status, a chart per target (trajectory, observed values, evaluation date), a table per agency
/// and per objective, the plan's citation and the data coverage. Headings, table captions and header scopes, and SVG
/// titles make it readable with a screen reader; it reflows to 360 px and prints without the colours carrying meaning alone.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ProgressHtmlWriter
{
    private const double Width = 640, Height = 240, Left = 64, Right = 16, Top = 16, Bottom = 36;

    private const string Style = """
        :root{--met:#1b7f3b;--ontrack:#0f6e8c;--atrisk:#a15c00;--offtrack:#b3261e;--notyetdue:#5b5f97;--nodata:#5f6368;color-scheme:light}
        *{box-sizing:border-box}
        body{font-family:"Times New Roman",Georgia,serif;margin:0 auto;max-width:60rem;padding:1rem;line-height:1.45;color:#1f1f1f;background:#fff}
        h1{font-size:1.5rem;margin:.25rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin:1rem 0 .25rem}
        .citation{font-style:italic}
        .counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}
        .counts li{border:2px solid currentColor;border-radius:.4rem;padding:.25rem .6rem;min-width:8rem}
        .counts strong{font-size:1.3rem;margin-right:.3rem}
        .status{font-weight:bold;white-space:nowrap}
        .s-met{color:var(--met)}.s-ontrack{color:var(--ontrack)}.s-atrisk{color:var(--atrisk)}.s-offtrack{color:var(--offtrack)}.s-notyetdue{color:var(--notyetdue)}.s-nodata{color:var(--nodata)}
        .target{border-top:1px solid #ddd;padding-top:.5rem;break-inside:avoid;page-break-inside:avoid}
        .target p{margin:.2rem 0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0}dt{font-weight:bold}dd{margin:0}
        svg.chart{width:100%;max-width:40rem;height:auto;display:block}
        svg .axis{stroke:#444;stroke-width:1}svg .trajectory{fill:none;stroke:#0f6e8c;stroke-width:2}
        svg .threshold{stroke:#1b7f3b;stroke-dasharray:6 4}svg .as-of{stroke:#b3261e;stroke-dasharray:3 3}
        svg .observed{fill:#1f1f1f}svg text{font:12px sans-serif;fill:#1f1f1f}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}caption{text-align:left;font-weight:bold;padding:.25rem 0}
        th,td{border:1px solid #bbb;padding:.25rem .4rem;text-align:left;vertical-align:top}thead th{background:#f1f1f1}
        @media (max-width:480px){body{padding:.5rem;font-size:15px}dl{grid-template-columns:1fr}th,td{padding:.2rem}}
        @media print{body{max-width:none;padding:0}h2{break-after:avoid}.table-wrap{overflow:visible}a{color:inherit}}
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The labels' language.</param>
    /// <returns>The HTML document (UTF-8 text).</returns>
    public static string Write(ProgressReport report, ReportLanguage language = ReportLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(report);
        var l = ReportLabels.For(language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(l.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(l.Title + " — " + (report.Plan.Number ?? report.Plan.Title ?? string.Empty))).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<header>\n")
            .Append("<h1>").Append(E(l.Title)).Append("</h1>\n")
            .Append("<p class=\"citation\">").Append(E(l.Citation(report.Plan))).Append("</p>\n")
            .Append("<p>").Append(E(l.AsOf)).Append(": <time datetime=\"").Append(report.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(E(ReportLabels.Date(report.AsOf))).Append("</time>. ").Append(E(l.Unit)).Append(": ").Append(E(report.Unit?.Value ?? l.AllUnits)).Append(".</p>\n</header>\n<main>\n");

        html.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">").Append(E(l.Summary)).Append("</h2>\n<ul class=\"counts\">\n");
        foreach (var status in ProgressCounts.Order)
        {
            html.Append("<li class=\"").Append(Css(status)).Append("\"><strong>").Append(report.Counts[status].ToString(CultureInfo.InvariantCulture))
                .Append("</strong>").Append(E(l.StatusOf(status))).Append("</li>\n");
        }
        html.Append("</ul>\n<p><strong>").Append(E(l.Coverage)).Append(":</strong> ").Append(E(l.CoverageLine(report))).Append("</p>\n</section>\n");

        html.Append("<section aria-labelledby=\"targets\">\n<h2 id=\"targets\">").Append(E(l.Targets)).Append("</h2>\n");
        for (var i = 0; i < report.Targets.Count; i++)
        {
            AppendTarget(html, report.Targets[i], i, report.AsOf, l);
        }
        html.Append("</section>\n");

        html.Append("<section aria-labelledby=\"agencies\">\n<h2 id=\"agencies\">").Append(E(l.ByAgency)).Append("</h2>\n");
        foreach (var agency in report.Agencies)
        {
            html.Append("<h3>").Append(E(agency.Agency)).Append("</h3>\n");
            AppendTable(html, l.Leads + " — " + agency.Agency, agency.Leads, l);
            if (agency.Supports.Count > 0)
            {
                AppendTable(html, l.Supports + " — " + agency.Agency, agency.Supports, l);
            }
        }
        html.Append("</section>\n");

        if (report.Objectives.Count > 0)
        {
            html.Append("<section aria-labelledby=\"objectives\">\n<h2 id=\"objectives\">").Append(E(l.ByObjective)).Append("</h2>\n<div class=\"table-wrap\"><table>\n<caption>")
                .Append(E(l.ByObjective)).Append("</caption>\n<thead><tr><th scope=\"col\">").Append(E(l.Target)).Append("</th>");
            foreach (var status in ProgressCounts.Order)
            {
                html.Append("<th scope=\"col\">").Append(E(l.StatusOf(status))).Append("</th>");
            }
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var objective in report.Objectives)
            {
                html.Append("<tr><th scope=\"row\">").Append(objective.Number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(E(objective.Title)).Append("</th>");
                foreach (var status in ProgressCounts.Order)
                {
                    html.Append("<td>").Append(objective.Counts[status].ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n</table></div>\n</section>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendTarget(StringBuilder html, TargetProgress t, int index, LocalDate asOf, ReportLabels l)
    {
        var id = "chart-" + index.ToString(CultureInfo.InvariantCulture);
        html.Append("<article class=\"target\">\n<h3>").Append(E(l.IndicatorHeading(t))).Append("</h3>\n")
            .Append("<p>").Append(E(t.IndicatorText)).Append("</p>\n")
            .Append("<p>").Append(E(l.Status)).Append(": <span class=\"status ").Append(Css(t.Status)).Append("\">").Append(E(l.StatusOf(t.Status)))
            .Append("</span> — ").Append(E(l.RuleOf(t.Rule))).Append("</p>\n");
        AppendChart(html, t, id, asOf, l);
        html.Append("<dl>\n");
        Pair(html, l.Target, l.TargetWords(t) + " (" + l.ThresholdOf(t) + ")");
        Pair(html, l.Deadline, t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? ReportLabels.None);
        Pair(html, l.Baseline, l.BaselineOf(t));
        Pair(html, l.Value, l.ObservedOf(t));
        Pair(html, l.Expected, l.Number(t.Expected, t.Unit));
        Pair(html, l.Reporting, ReportLabels.CoverageOf(t));
        Pair(html, l.Lead, t.LeadAgencies.Count == 0 ? ReportLabels.None : string.Join("; ", t.LeadAgencies));
        Pair(html, l.Supporting, t.SupportingAgencies.Count == 0 ? ReportLabels.None : string.Join("; ", t.SupportingAgencies));
        html.Append("</dl>\n</article>\n");
    }

    private static void Pair(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    /// <summary>The chart: dates across, values up; the trajectory as a line, each observed value as a circle, the threshold and the evaluation date as dashed lines.</summary>
    private static void AppendChart(StringBuilder html, TargetProgress t, string id, LocalDate asOf, ReportLabels l)
    {
        var dates = new List<LocalDate> { asOf };
        var values = new List<decimal>();
        dates.AddRange(t.Series.Select(p => p.Date));
        values.AddRange(t.Series.Select(p => p.Value));
        if (t.Trajectory is { } trajectory)
        {
            dates.AddRange(trajectory.Points.Select(p => p.Date));
            values.AddRange(trajectory.Points.Select(p => p.Value));
        }
        if (t.Threshold is { } threshold)
        {
            values.Add(threshold.Value);
        }
        var (x0, x1) = (Day(dates.Min()) - 180, Day(dates.Max()) + 180);
        var (y0, y1) = values.Count == 0 ? (0d, 1d) : ((double)values.Min(), (double)values.Max());
        var pad = y1 > y0 ? (y1 - y0) * 0.15 : Math.Max(1, Math.Abs(y1) * 0.1);
        (y0, y1) = (Math.Max(0, y0 - pad), y1 + pad);
        double X(LocalDate d) => Left + ((Day(d) - x0) / (x1 - x0) * (Width - Left - Right));
        double Y(decimal v) => Top + ((y1 - (double)v) / (y1 - y0) * (Height - Top - Bottom));

        html.Append("<svg class=\"chart\" id=\"").Append(id).Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" viewBox=\"0 0 ")
            .Append(N(Width)).Append(' ').Append(N(Height)).Append("\" data-observed=\"").Append(t.Series.Count.ToString(CultureInfo.InvariantCulture)).Append("\">\n")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(E(l.ChartTitle(t))).Append("</title>\n")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(l.ChartDescription(t, asOf))).Append("</desc>\n")
            .Append("<line class=\"axis\" x1=\"").Append(N(Left)).Append("\" y1=\"").Append(N(Height - Bottom)).Append("\" x2=\"").Append(N(Width - Right)).Append("\" y2=\"").Append(N(Height - Bottom)).Append("\"/>\n")
            .Append("<line class=\"axis\" x1=\"").Append(N(Left)).Append("\" y1=\"").Append(N(Top)).Append("\" x2=\"").Append(N(Left)).Append("\" y2=\"").Append(N(Height - Bottom)).Append("\"/>\n");
        foreach (var v in new[] { y0, y1 })
        {
            html.Append("<text x=\"").Append(N(Left - 6)).Append("\" y=\"").Append(N(Y((decimal)v) + 4)).Append("\" text-anchor=\"end\">").Append(E(l.Number((decimal)v, t.Unit))).Append("</text>\n");
        }
        var firstYear = LocalDate.FromDateTime(DateTime.UnixEpoch.AddDays(x0 + 180)).Year;
        var lastYear = LocalDate.FromDateTime(DateTime.UnixEpoch.AddDays(x1 - 180)).Year;
        var step = Math.Max(1, (lastYear - firstYear + 1) / 6);
        for (var year = firstYear; year <= lastYear; year += step)
        {
            var x = X(new LocalDate(year, 12, 31));
            html.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(Height - Bottom + 16)).Append("\" text-anchor=\"middle\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</text>\n");
        }
        if (t.Threshold is { } th)
        {
            html.Append("<line class=\"threshold\" x1=\"").Append(N(Left)).Append("\" y1=\"").Append(N(Y(th.Value))).Append("\" x2=\"").Append(N(Width - Right)).Append("\" y2=\"").Append(N(Y(th.Value))).Append("\"/>\n");
        }
        if (t.Trajectory is { } path)
        {
            html.Append("<polyline class=\"trajectory\" points=\"").AppendJoin(' ', path.Points.Select(p => N(X(p.Date)) + "," + N(Y(p.Value)))).Append("\"><title>")
                .Append(E(l.Trajectory)).Append("</title></polyline>\n");
        }
        html.Append("<line class=\"as-of\" x1=\"").Append(N(X(asOf))).Append("\" y1=\"").Append(N(Top)).Append("\" x2=\"").Append(N(X(asOf))).Append("\" y2=\"").Append(N(Height - Bottom)).Append("\"><title>")
            .Append(E(l.AsOf + ": " + ReportLabels.Date(asOf))).Append("</title></line>\n");
        foreach (var point in t.Series)
        {
            html.Append("<circle class=\"observed\" r=\"5\" cx=\"").Append(N(X(point.Date))).Append("\" cy=\"").Append(N(Y(point.Value))).Append("\"><title>")
                .Append(E(l.Observed + " " + point.Date.Year.ToString(CultureInfo.InvariantCulture) + ": " + l.Number(point.Value, t.Unit))).Append("</title></circle>\n");
        }
        html.Append("</svg>\n");
    }

    private static void AppendTable(StringBuilder html, string caption, IReadOnlyList<TargetProgress> targets, ReportLabels l)
    {
        html.Append("<div class=\"table-wrap\"><table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var column in new[] { l.Indicator, l.Target, l.Deadline, l.Value, l.Expected, l.Reporting, l.Status })
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var t in targets)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(l.IndicatorHeading(t))).Append("</th><td>").Append(E(l.TargetWords(t))).Append("</td><td>")
                .Append(E(t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? ReportLabels.None)).Append("</td><td>").Append(E(l.ObservedOf(t))).Append("</td><td>")
                .Append(E(l.Number(t.Expected, t.Unit))).Append("</td><td>").Append(E(ReportLabels.CoverageOf(t))).Append("</td><td class=\"status ").Append(Css(t.Status)).Append("\">")
                .Append(E(l.StatusOf(t.Status))).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
    }

    private static double Day(LocalDate date) => (date.ToDateTimeUnspecified() - DateTime.UnixEpoch).TotalDays;

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Css(ProgressStatus status) => "s-" + status.ToString().ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

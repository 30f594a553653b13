using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VnChildProtection.Domain.Progress;

namespace VnChildProtection.Documents.Reports;

/// <summary>
/// Writes a <see cref="ProgressReport"/> as a Word report in the administrative layout of Decree 30/2020/NĐ-CP
/// (Nghị định 30/2020/NĐ-CP về công tác văn thư, Phụ lục I): A4, Times New Roman 13 pt, margins 20 mm top and bottom,
/// 30 mm left, 15 mm right; the header block with the issuing body and the number on the left, the national name and
/// motto with the place and date on the right; the document kind and its summary centred; then the body tables.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ProgressWordWriter
{
    // Twentieths of a point: 1 mm = 56.7 twips. Font sizes are half-points.
    private const int PageWidth = 11906, PageHeight = 16838, MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 851;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const string Body = "26", Small = "24", Table = "22";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The labels' language (the national name and motto stay in Vietnamese, as the decree fixes them).</param>
    /// <returns>The .docx file's bytes.</returns>
    public static byte[] Write(ProgressReport report, ReportLanguage language = ReportLanguage.Vietnamese)
    {
        ArgumentNullException.ThrowIfNull(report);
        var l = ReportLabels.For(language);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            body.Append(HeaderBlock(report));
            body.Append(Paragraph(JustificationValues.Center, Run(language == ReportLanguage.English ? "REPORT" : "BÁO CÁO", bold: true, size: "28")));
            body.Append(Paragraph(JustificationValues.Center, Run(l.Title, bold: true)));
            body.Append(Paragraph(JustificationValues.Center, Run(l.Citation(report.Plan), italic: true)));
            body.Append(Paragraph(JustificationValues.Both, Run(l.AsOf + ": " + ReportLabels.Date(report.AsOf) + ". " + l.Unit + ": " + (report.Unit?.Value ?? l.AllUnits) + ".")));

            body.Append(Heading("I. " + l.Summary));
            var summary = new List<string[]>();
            foreach (var status in ProgressCounts.Order)
            {
                summary.Add([l.StatusOf(status), report.Counts[status].ToString(CultureInfo.InvariantCulture)]);
            }
            body.Append(TableOf([l.Status, l.Count], summary, [70, 30]));
            body.Append(Paragraph(JustificationValues.Both, Run(l.Coverage + ": " + l.CoverageLine(report))));

            body.Append(Heading("II. " + l.Targets));
            var rows = new List<string[]>();
            foreach (var t in report.Targets)
            {
                rows.Add([l.IndicatorHeading(t), l.TargetWords(t), t.Deadline?.ToString(CultureInfo.InvariantCulture) ?? ReportLabels.None, l.BaselineOf(t),
                    l.ObservedOf(t), l.Number(t.Expected, t.Unit), ReportLabels.CoverageOf(t), l.StatusOf(t.Status) + ". " + l.RuleOf(t.Rule)]);
            }
            body.Append(TableOf([l.Indicator, l.Target, l.Deadline, l.Baseline, l.Value, l.Expected, l.Reporting, l.Status], rows, [11, 19, 7, 10, 10, 9, 9, 25]));

            body.Append(Heading("III. " + l.ByAgency));
            var number = 0;
            foreach (var agency in report.Agencies)
            {
                body.Append(Paragraph(JustificationValues.Left, Run((++number).ToString(CultureInfo.InvariantCulture) + ". " + agency.Agency, bold: true)));
                var led = new List<string[]>();
                foreach (var t in agency.Leads)
                {
                    led.Add([l.IndicatorHeading(t), l.Lead, l.ObservedOf(t), l.StatusOf(t.Status)]);
                }
                foreach (var t in agency.Supports)
                {
                    led.Add([l.IndicatorHeading(t), l.Supporting, l.ObservedOf(t), l.StatusOf(t.Status)]);
                }
                body.Append(TableOf([l.Indicator, l.Lead + " / " + l.Supporting, l.Value, l.Status], led, [30, 25, 20, 25]));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 720, Footer = 720, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The header block: issuing body and number on the left; national name, motto, place and date on the right.</summary>
    private static Table HeaderBlock(ProgressReport report)
    {
        var issuer = (report.Plan.Issuer ?? (report.Plan.Place is { } place ? "UBND tỉnh " + place : "UBND")).ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        var number = report.Plan.Number is { } n && n.IndexOf('-', StringComparison.Ordinal) is var dash and > 0 ? "Số:      /BC-" + n[(dash + 1)..] : "Số:      /BC";
        var date = report.AsOf;
        var placeAndDate = (report.Plan.Place ?? string.Empty) + (report.Plan.Place is null ? "Ngày " : ", ngày ")
            + date.Day.ToString("00", CultureInfo.InvariantCulture) + " tháng " + date.Month.ToString("00", CultureInfo.InvariantCulture)
            + " năm " + date.Year.ToString(CultureInfo.InvariantCulture);
        var left = new TableCell(
            new TableCellProperties(new TableCellWidth { Width = (TextWidth * 2 / 5).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            Paragraph(JustificationValues.Center, Run(issuer, bold: true, size: Small)),
            Paragraph(JustificationValues.Center, Run(number, size: Body)));
        var right = new TableCell(
            new TableCellProperties(new TableCellWidth { Width = (TextWidth * 3 / 5).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
            Paragraph(JustificationValues.Center, Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: Small)),
            Paragraph(JustificationValues.Center, Run("Độc lập - Tự do - Hạnh phúc", bold: true, size: Body)),
            Paragraph(JustificationValues.Center, Run(placeAndDate, italic: true, size: Body)));
        return new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(
                new GridColumn { Width = (TextWidth * 2 / 5).ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = (TextWidth * 3 / 5).ToString(CultureInfo.InvariantCulture) }),
            new TableRow(left, right));
    }

    private static Table TableOf(string[] header, List<string[]> rows, int[] percents)
    {
        var widths = Array.ConvertAll(percents, p => (TextWidth * p / 100).ToString(CultureInfo.InvariantCulture));
        var border = (uint)4;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = border }, new LeftBorder { Val = BorderValues.Single, Size = border },
                    new BottomBorder { Val = BorderValues.Single, Size = border }, new RightBorder { Val = BorderValues.Single, Size = border },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = border }, new InsideVerticalBorder { Val = BorderValues.Single, Size = border }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Array.ConvertAll(widths, w => new GridColumn { Width = w })));
        table.Append(Row(header, widths, isHeader: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, isHeader: false));
        }
        return table;
    }

    private static TableRow Row(string[] cells, string[] widths, bool isHeader)
    {
        // A header row repeats on each page (w:tblHeader), which is also how readers tell header cells from data.
        var row = new TableRow(new TableRowProperties(isHeader ? new TableHeader() : new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i], Type = TableWidthUnitValues.Dxa }),
                Paragraph(JustificationValues.Left, Run(cells[i], bold: isHeader, size: Table))));
        }
        return row;
    }

    private static Paragraph Heading(string text) => Paragraph(JustificationValues.Left, Run(text, bold: true));

    private static Paragraph Paragraph(JustificationValues justification, Run run) =>
        new(new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" }, new Justification { Val = justification }), run);

    private static Run Run(string text, bool bold = false, bool italic = false, string size = Body)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        properties.Append(new FontSize { Val = size });
        return new Run(properties, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = Body },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }
}

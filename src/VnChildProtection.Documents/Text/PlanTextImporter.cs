using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Text;

/// <summary>
/// Reads a plan (<i>Kế hoạch</i>) from plain text or Markdown — as converted from Word or PDF, or copied from a web page —
/// into a draft <see cref="PlanDocument"/> whose elements carry the span of text they came from.
/// </summary>
/// <remarks>
/// <para>The importer never throws on document content: what it cannot read becomes an <see cref="ImportDiagnostic"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class PlanTextImporter
{
    /// <summary>Creates an importer.</summary>
    /// <param name="options">Settings; <see cref="PlanTextImporterOptions.Default"/> when null.</param>
    public PlanTextImporter(PlanTextImporterOptions? options = null)
    {
        Options = options ?? PlanTextImporterOptions.Default;
    }

    /// <summary>
    /// The code of the diagnostic reported when the text holds nothing a plan is made of (no document number, title,
    /// section, legal basis, objective, indicator, task, responsibility, budget line or reporting deadline).
    /// </summary>
    public const string NoPlanCode = "IMPORT-NO-PLAN";

    /// <summary>The settings in force.</summary>
    public PlanTextImporterOptions Options { get; }

    /// <summary>Imports <paramref name="text"/>.</summary>
    /// <param name="text">The document text (any Unicode normalisation, any line breaks).</param>
    /// <returns>The draft plan with diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PlanImportResult Import(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Layout first: extraction reads the re-flowed text; spans are moved back to the original at the end.
        var layout = PlanLayout.Read(text);
        var source = new SourceText(layout.Text);
        var lines = Enumerable.Range(1, source.LineCount).Select(n => PlanLine.Read(source, n)).ToArray();
        var diagnostics = new List<ImportDiagnostic>();
        var header = ReadHeader(source, lines, Math.Min(lines.Length, Math.Max(1, Options.HeaderSearchLines)), diagnostics);
        var sections = ReadSections(source, lines);
        var (legalBases, references) = ReadCitations(source, header, sections, TitleEnd(lines, Math.Min(lines.Length, Math.Max(1, Options.HeaderSearchLines))));
        var paragraphs = PlanParagraph.ReadAll(source);
        var context = new ImportContext(source, paragraphs, PlanOutline.Read(paragraphs));
        header = header with { Signer = ReadSigner(paragraphs, context.Outline.BodyEnd) };
        var (objectives, indicators) = IndicatorExtractor.Read(context, Options.Indicators);
        var plan = new PlanDocument
        {
            Header = header,
            LegalBases = legalBases,
            References = references,
            Sections = sections,
            Objectives = objectives,
            Indicators = indicators,
            Tasks = TaskExtractor.Read(context),
            Responsibilities = ResponsibilityExtractor.Read(context, Options.Agencies),
            Budget = BudgetExtractor.Read(context),
            Reporting = DeadlineExtractor.Read(context, Options.Agencies),
            Units = UnitExtractor.Read(context, header, Options.Units),
        };
        diagnostics.AddRange(context.Diagnostics);
        if (IsEmpty(plan))
        {
            diagnostics.Add(new ImportDiagnostic(NoPlanCode,
                "No plan found: the text has no document number, title, section, legal basis, indicator, task, responsibility, budget line or reporting deadline.",
                "Không tìm thấy kế hoạch: văn bản không có số, tiêu đề, mục, căn cứ pháp lý, chỉ tiêu, nhiệm vụ, phân công, dòng kinh phí hay hạn báo cáo nào.",
                SourceSpan.In(source, 0, 0)));
        }
        return layout.Map(new PlanImportResult
        {
            Plan = plan,
            Source = source,
            Diagnostics = diagnostics.OrderBy(d => d.Source.Start).ToValueList(),
            Items = context.Items.ToValueList(),
        });
    }

    // Nothing a plan is made of was found (a unit mention alone does not make a plan).
    private static bool IsEmpty(PlanDocument plan) =>
        plan.Header.Number is null && plan.Header.Title is null && plan.Sections.Count == 0 && plan.LegalBases.Count == 0
        && plan.Objectives.Count == 0 && plan.Indicators.Count == 0 && plan.Tasks.Count == 0 && plan.Responsibilities.Count == 0
        && plan.Budget.Count == 0 && plan.Reporting.Count == 0;

    private static PlanHeader ReadHeader(SourceText source, PlanLine[] lines, int limit, List<ImportDiagnostic> diagnostics)
    {
        var header = new PlanHeader();
        PlanLine? numberLine = null;
        PlanLine? dateLine = null;
        for (var i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (numberLine is null && NumberLine().Match(line.Clean) is { Success: true } number)
            {
                numberLine = line;
                var value = SpacesAroundSlash().Replace(number.Groups["number"].Value.Trim(), "/");
                header = header with
                {
                    Number = value.Length == 0 ? null : value,
                    NumberSource = Span(source, line),
                };
            }
            else if (dateLine is null && PlaceDateLine().Match(line.Clean) is { Success: true } date)
            {
                dateLine = line;
                header = ReadDate(header, date, source, line, diagnostics);
            }
        }

        var title = ReadTitle(lines, limit);
        var issuer = ReadIssuer(lines, limit);
        var blankNumber = header.Number is null || !char.IsDigit(header.Number[0]);
        var marked = lines.Take(limit).Any(l => l.Clean.Contains("DỰ THẢO", StringComparison.OrdinalIgnoreCase));
        return header with
        {
            Title = title,
            Issuer = issuer,
            IsDraft = marked || (numberLine is not null && blankNumber) || (dateLine is not null && header.IssueDate is null),
        };
    }

    private static PlanHeader ReadDate(PlanHeader header, Match date, SourceText source, PlanLine line, List<ImportDiagnostic> diagnostics)
    {
        var span = Span(source, line);
        var year = int.Parse(date.Groups["year"].Value, CultureInfo.InvariantCulture);
        header = header with { Place = date.Groups["place"].Value.Trim(), DateSource = span, IssueYear = year };
        if (!date.Groups["day"].Success || !date.Groups["month"].Success)
        {
            return header;
        }
        var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || year is < 1900 or > 2200 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            diagnostics.Add(new ImportDiagnostic("IMPORT-DATE-INVALID", $"'{date.Value}' is not a valid date.", $"'{date.Value}' không phải là ngày hợp lệ.", span));
            return header;
        }
        return header with { IssueDate = new LocalDate(year, month, day), IssueYear = null };
    }

    // The title follows the line that says KẾ HOẠCH: one or more lines, up to the first blank line after them.
    private static string? ReadTitle(PlanLine[] lines, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            if (!string.Equals(lines[i].Clean, "KẾ HOẠCH", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var parts = lines.Skip(i + 1).SkipWhile(l => l.IsBlank).TakeWhile(l => !l.IsBlank).Take(4).Select(l => l.Clean);
            var title = string.Join(" ", parts);
            return title.Length == 0 ? null : title;
        }
        return null;
    }

    // Where the title block after KẾ HOẠCH ends (0 when there is none).
    private static int TitleEnd(PlanLine[] lines, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            if (!string.Equals(lines[i].Clean, "KẾ HOẠCH", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var title = lines.Skip(i + 1).SkipWhile(l => l.IsBlank).TakeWhile(l => !l.IsBlank).Take(4).ToArray();
            return title.Length == 0 ? 0 : title[^1].Start + title[^1].Length;
        }
        return 0;
    }

    // The issuing body is printed above the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) in documents that kept it.
    private static string? ReadIssuer(PlanLine[] lines, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            if (!lines[i].Clean.StartsWith("CỘNG HÒA XÃ HỘI", StringComparison.OrdinalIgnoreCase)
                && !lines[i].Clean.StartsWith("CỘNG HOÀ XÃ HỘI", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var above = new List<string>();
            for (var j = i - 1; j >= 0 && above.Count < 3; j--)
            {
                var clean = lines[j].Clean;
                if (clean.Length == 0 || clean.All(c => c == '-' || c == '_'))
                {
                    if (above.Count > 0 && clean.Length == 0)
                    {
                        break;
                    }
                    continue;
                }
                above.Insert(0, clean);
            }
            var issuer = IssuerNoise().Replace(string.Join(" ", above), " ").Trim();
            return issuer.Length == 0 ? null : issuer;
        }
        return null;
    }

    // The signature block follows the recipients (Nơi nhận): the signing title (KT. CHỦ TỊCH, PHÓ GIÁM ĐỐC) and,
    // after it, the signer's name: two to six capitalised words without digits.
    private static string? ReadSigner(IReadOnlyList<PlanParagraph> paragraphs, int bodyEnd)
    {
        var titleSeen = false;
        for (var i = bodyEnd; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Clean;
            if (SigningTitle().IsMatch(text))
            {
                titleSeen = true;
                continue;
            }
            if (titleSeen && SignerName().IsMatch(text))
            {
                return text;
            }
        }
        return null;
    }

    private static ValueList<PlanSection> ReadSections(SourceText source, PlanLine[] lines)
    {
        var sections = new List<PlanSection>();
        foreach (var line in lines)
        {
            var match = RomanHeading().Match(line.Clean);
            if (!match.Success || !RomanNumeral.TryParse(match.Groups["number"].Value, out _))
            {
                continue;
            }
            var title = match.Groups["title"].Value.Trim();
            if (!IsMostlyUpperCase(title))
            {
                continue;
            }
            sections.Add(new PlanSection { Number = match.Groups["number"].Value, Title = title, Level = 1, Source = Span(source, line) });
        }
        return sections.ToValueList();
    }

    // Citations before the first section are the legal bases (căn cứ, thực hiện); the rest are references. The plan's own
    // number (in its header, and repeated by web pages above it) is not a citation.
    private static (ValueList<PlanCitation> LegalBases, ValueList<PlanCitation> References) ReadCitations(
        SourceText source, PlanHeader header, ValueList<PlanSection> sections, int titleEnd)
    {
        // The title names what the plan implements (KẾ HOẠCH / TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 32/CT-TTG …): the body
        // cites that document itself where it is a basis, so the title is not read for citations.
        var bodyStart = Math.Max(titleEnd, header.NumberSource is { } number ? number.Start + number.Length : 0);
        var firstSection = sections.Count > 0 ? sections[0].Source!.Start : source.Text.Length;
        LegalReference? own = header.Number is { } text && LegalReference.TryParse(text, out var parsed) ? parsed : null;
        var legalBases = new List<PlanCitation>();
        var references = new List<PlanCitation>();
        foreach (var citation in CitationFinder.Default.FindAll(source.Text))
        {
            if (citation.Start < bodyStart || (own is not null && citation.Reference is { } reference && reference.MayDenoteSameDocumentAs(own)))
            {
                continue;
            }
            // A law named with neither year nor number ("theo quy định của Luật Trẻ em", or inside the title of a cited
            // decree: "quy định chi tiết một số điều của Luật Trẻ em") speaks of the law in general: it names no
            // document that could be dated or checked, so it is not a citation of the plan.
            if (citation.Reference is NamedLegalReference { Year: null, IssueDate: null })
            {
                continue;
            }
            var item = new PlanCitation
            {
                Text = source.Text.Substring(citation.Start, citation.Length),
                Source = SourceSpan.In(source, citation.Start, citation.Length),
            };
            (citation.Start < firstSection ? legalBases : references).Add(item);
        }
        return (legalBases.ToValueList(), references.ToValueList());
    }

    private static bool IsMostlyUpperCase(string text)
    {
        var letters = text.Where(char.IsLetter).ToArray();
        return letters.Length > 0 && letters.Count(char.IsUpper) >= letters.Length * 0.6;
    }

    private static SourceSpan Span(SourceText source, PlanLine line) => SourceSpan.In(source, line.Start, line.Length);

    [GeneratedRegex(@"(?:^|\s)(?:KT\.|TM\.|Q\.|CHỦ TỊCH|GIÁM ĐỐC|PHÓ CHỦ TỊCH|PHÓ GIÁM ĐỐC|TRƯỞNG BAN)", RegexOptions.CultureInvariant)]
    private static partial Regex SigningTitle();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex SignerName();

    // Rules (-------) and runs of spaces left where the header table's lines were joined.
    [GeneratedRegex(@"\s*[-_]{3,}\s*|\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerNoise();

    [GeneratedRegex(@"^Số\s*:\s*(?<number>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"\s*/\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesAroundSlash();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngày\s*(?<day>\d{1,2})?\s*tháng\s*(?<month>\d{1,2})?\s*năm\s*(?<year>\d{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDateLine();

    // Roman numerals of top-level sections use I, V and X only; C, L, D, M would catch lettered parts (A., B., C.).
    [GeneratedRegex(@"^(?<number>[IVX]{1,6})\s*[\.\)]\s*(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanHeading();
}

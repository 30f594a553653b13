using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Documents.Evaluation;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Plans;
using VnChildProtection.Domain.Tests;

namespace VnChildProtection.Documents.Tests.Text;

/// <summary>
/// The layout layer: hard wraps of published copies are re-flowed before extraction, and every span still slices the
/// original input (NFD, CRLF, BOM included).
/// </summary>
public partial class PlanLayoutTests
{
    private static readonly PlanTextImporter Importer = new();

    private static readonly string DevPlan = File.ReadAllText(Path.Combine(SeedCorpus.Root, "plans", "dev", "f069c23c942c1ec6.md"));

    // A hard-wrapped plan as a legal-document site publishes it: the header table's cells between pipe lines, a wrap
    // inside the place and date, inside bold, inside a section title, and between a target's lead-in and its value.
    private const string Wrapped = """
        |
        **ỦY BAN NHÂN
        DÂN **
        THÀNH PHỐ HỒ CHÍ MINH
        --------
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        |
        Số: 310/KH-UBND
        |
        *Thành phố Hồ
        Chí Minh, ngày 18 tháng 11 năm 2025*
        |

        **KẾ HOẠCH**

        PHÁT TRIỂN KINH TẾ SỐ TRÊN ĐỊA BÀN
        THÀNH PHỐ ĐẾN NĂM 2030

        Căn cứ Quyết định số
        411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ;

        **I.
        MỤC TIÊU**

        **2. Mục tiêu cụ thể đến năm
        2030**

        - Phấn đấu
        60% các cơ quan sử dụng nền tảng số.

        **II. TỔ CHỨC
        THỰC HIỆN**

        **1.
        Sở Khoa học và Công nghệ:**

        - Chủ trì triển khai Kế hoạch.

        **2. Sở Công Thương:**

        - Hướng dẫn doanh nghiệp ứng dụng thương mại điện tử.

        Định kỳ hằng năm (trước ngày 30 tháng
        11) báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.
        """;

    [Fact]
    public void Import_WrappedHeader_ReadsNumberPlaceDateAndIssuer()
    {
        var header = Importer.Import(Wrapped).Plan.Header;

        Assert.Equal(("310/KH-UBND", "Thành phố Hồ Chí Minh", new NodaTime.LocalDate(2025, 11, 18)), (header.Number, header.Place, header.IssueDate));
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", header.Issuer);
        Assert.Equal("PHÁT TRIỂN KINH TẾ SỐ TRÊN ĐỊA BÀN THÀNH PHỐ ĐẾN NĂM 2030", header.Title);
    }

    [Fact]
    public void Import_WrapsInsideSectionTitlesAndTargets_AreJoined()
    {
        var plan = Importer.Import(Wrapped).Plan;

        Assert.Equal(new[] { "MỤC TIÊU", "TỔ CHỨC THỰC HIỆN" }, plan.Sections.Select(s => s.Title));
        var target = Assert.Single(plan.Indicators).Targets.Single().Target;
        Assert.Equal(new[] { "60@2030" }, EvaluationKeysOf(plan, EvaluationCategory.Indicators).Where(k => k.StartsWith("value", StringComparison.Ordinal)).Select(k => k.Split(' ')[^1]));
        Assert.NotNull(target);
        Assert.Equal(new[] { "so-khcn", "so cong thuong" }, EvaluationKeysOf(plan, EvaluationCategory.Assignments));
        var deadline = Assert.Single(plan.Reporting);
        Assert.Equal(("năm", 30, 11), (deadline.Report, deadline.Due!.Value.Day, deadline.Due!.Value.Month));
    }

    [Fact]
    public void Import_TitleNamingADocument_IsNotALegalBasis()
    {
        var text = Wrapped.Replace("PHÁT TRIỂN KINH TẾ SỐ TRÊN ĐỊA BÀN", "TRIỂN KHAI CHỈ THỊ SỐ 32/CT-TTG NGÀY 21/10/2025 VỀ", StringComparison.Ordinal);
        var plan = Importer.Import(text).Plan;

        Assert.Equal(new[] { "411/QĐ-TTg" }, plan.LegalBases.Select(c => Regex.Match(c.Text, @"\d+/[^\s]+").Value));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("nfd")]
    [InlineData("crlf")]
    [InlineData("bom")]
    public void Import_EverySpanSlicesTheOriginalText(string variant)
    {
        var original = variant switch
        {
            "nfd" => DevPlan.Normalize(NormalizationForm.FormD),
            "crlf" => DevPlan.Replace("\n", "\r\n", StringComparison.Ordinal),
            "bom" => "\uFEFF" + DevPlan,
            _ => DevPlan,
        };
        var result = Importer.Import(original);
        var plan = result.Plan;

        Assert.NotEmpty(plan.LegalBases);
        foreach (var citation in plan.LegalBases.Concat(plan.References))
        {
            Assert.Equal(Flat(citation.Text), Flat(original.Substring(citation.Source!.Start, citation.Source.Length)));
        }
        foreach (var indicator in plan.Indicators.Where(i => i.Source is not null))
        {
            // An indicator's span covers its line in the original.
            Assert.Contains(Flat(indicator.Text)[..20], Flat(original.Substring(indicator.Source!.Start, indicator.Source.Length)), StringComparison.Ordinal);
        }
        Assert.Equal(original, result.Source.Text);
        Assert.Equal("182/KH-UBND", Flat(original.Substring(plan.Header.NumberSource!.Start, plan.Header.NumberSource.Length)).Replace("Số: ", "", StringComparison.Ordinal));
    }

    [Property(MaxTest = 60)]
    public Property Import_RandomWrapsNfdCrlfBomAndEmphasis_GiveTheSameItems()
    {
        var expected = AllKeys(Importer.Import(Wrapped).Plan);
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from nfd in ArbMap.Default.GeneratorFor<bool>()
                  from crlf in ArbMap.Default.GeneratorFor<bool>()
                  from bom in ArbMap.Default.GeneratorFor<bool>()
                  select (seed, nfd, crlf, bom);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var text = Rewrap(Wrapped, new Random(c.seed));
            text = c.nfd ? text.Normalize(NormalizationForm.FormD) : text;
            text = c.crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
            text = c.bom ? "\uFEFF" + text : text;
            var actual = AllKeys(Importer.Import(text).Plan);
            return actual.SequenceEqual(expected).Label(string.Join("; ", actual.Except(expected)) + " | " + string.Join("; ", expected.Except(actual)) + " | " + text);
        });
    }

    // Moves line breaks inside paragraphs to random word boundaries (a wrap between two words of a sentence) and drops
    // or keeps the emphasis of whole lines, as copies of the same plan differ.
    private static string Rewrap(string text, Random random)
    {
        var paragraphs = text.Split("\n\n");
        var result = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            var lines = paragraph.Split('\n');
            var output = lines.Select(line =>
            {
                if (line.StartsWith('|') || line.StartsWith('-') || line.StartsWith("Số:", StringComparison.Ordinal) || !line.Contains(' ', StringComparison.Ordinal) || random.Next(3) > 0)
                {
                    return random.Next(4) == 0 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && line.Length > 4 && !line[2..^2].Contains('*', StringComparison.Ordinal)
                        ? line[2..^2]
                        : line;
                }
                var words = line.Split(' ');
                var at = random.Next(1, words.Length);
                if (Regex.IsMatch(words[at], @"^(?:\d{1,2}[\.\)]|[-+•]|\(\d)") || words[at].Length == 0)
                {
                    return line;
                }
                return string.Join(' ', words[..at]) + "\n" + string.Join(' ', words[at..]);
            });
            result.Append(string.Join('\n', output)).Append("\n\n");
        }
        return result.ToString()[..^2];
    }

    private static string[] AllKeys(PlanDocument plan) =>
        Enum.GetValues<EvaluationCategory>().SelectMany(c => EvaluationKeysOf(plan, c).Select(k => c + ":" + k)).ToArray();

    private static string[] EvaluationKeysOf(PlanDocument plan, EvaluationCategory category) => ImportEvaluator.Extract(category, plan).ToArray();

    // What a reader sees: NFC, no Markdown marks or pipes, one space between words.
    private static string Flat(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormC).Replace("*", "", StringComparison.Ordinal).Replace("|", " ", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

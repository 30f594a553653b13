using System;
using System.IO;
using System.Linq;
using System.Text;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Documents.Tests.Word;
using VnChildProtection.Domain.Tests;
using Xunit;

namespace VnChildProtection.Documents.Tests.Robustness;

/// <summary>
/// Ten thousand seeded random inputs for each public entry point of the importer (plain text, Markdown as copied from
/// legal-document sites, Word files): none may end in an unhandled exception, and every span stays inside the input.
/// Seeded so that a failure replays; small inputs so that the whole class runs in seconds.
/// </summary>
public class ImporterEntryPointFuzzTests
{
    private const int Cases = 10_000;

    private static readonly PlanTextImporter Importer = new();

    private static readonly char[] Alphabet =
        "*#-–—_|[]():;,./%0123456789 \t\r\n\r\nđĐăâêôơưáàảãạÁÀẢÃẠệễổởợụủứừựýỳ\u0301\u0300\u0303\u0309\u0323\u00A0\u200B\uFEFF\uD800\uDC00\0\u0085\u2028".ToCharArray();

    // Fragments of the genre, recombined: headings, labels, targets, deadlines, recipients, table rows, footnotes.
    private static readonly string[] Fragments =
    [
        "**I. MỤC TIÊU**", "**II. NHIỆM VỤ, GIẢI PHÁP**", "**V. TỔ CHỨC", "THỰC HIỆN**", "III. CHẾ ĐỘ BÁO CÁO", "IV. Tổ chức thực hiện.",
        "Số: 12/KH-UBND", "| Số: 310/KH-UBND |", "*Hà Tĩnh, ngày 19", "tháng 11 năm 2025*", "**KẾ HOẠCH**", "KT. CHỦ TỊCH",
        "Căn cứ Luật Trẻ em năm 2016;", "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ;",
        "- Chỉ tiêu 1: Năm 2025 đạt", "60% các cơ quan", "(1) Tỷ lệ trẻ em", "đạt 100% và 100% diện tích", "Hằng năm tăng trên 03%",
        "Từ năm 2025 trở đi", "a) Đến năm 2030:", "giảm xuống dưới 9,5‰", "23 ca sinh/1.000 phụ nữ", "1. Sở Y tế", "a) Chủ trì, phối hợp",
        "Sở Giáo dục và Đào tạo, Công an tỉnh, Sở Tư pháp", "báo cáo kết quả về Sở Y tế trước ngày 15/11", "gửi UBND tỉnh (qua Sở Nội vụ)",
        "trong thời hạn 10 ngày kể từ ngày nhận Kế hoạch", "định kỳ 6 tháng, hằng năm", "ngày 31/02/2025", "150 triệu đồng/năm",
        "| 1 | 65% | 2025 |", "|---|---|", "[1]", "Nơi nhận:", "- Như trên;", "*", "**", "_", "***", "\\*", "> ", "# ", "1.", "a)", "–", "",
    ];

    [Fact]
    public void Import_TenThousandRandomTexts_NeverThrowsAndSpansStayInTheText()
    {
        var random = new Random(20_251_207);
        for (var i = 0; i < Cases; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => random.Next(4) == 0 ? (char)random.Next(0, 0x3000) : Alphabet[random.Next(Alphabet.Length)]).ToArray());
            AssertImports(text, i);
        }
    }

    [Fact]
    public void Import_TenThousandRandomMarkdownPlans_NeverThrowsAndSpansStayInTheText()
    {
        var random = new Random(20_251_208);
        for (var i = 0; i < Cases; i++)
        {
            var builder = new StringBuilder();
            var lines = random.Next(1, 40);
            for (var l = 0; l < lines; l++)
            {
                var fragment = Fragments[random.Next(Fragments.Length)];
                builder.Append(random.Next(5) switch
                {
                    0 => "**" + fragment + "**",
                    1 => "*" + fragment,
                    _ => fragment,
                });
                builder.Append(random.Next(6) switch
                {
                    0 => "\r\n",
                    1 => "\n\n",
                    2 => " ",
                    3 => "\n| ",
                    _ => "\n",
                });
            }
            var text = random.Next(10) == 0 ? "\uFEFF" + builder.ToString().Normalize(NormalizationForm.FormD) : builder.ToString();
            AssertImports(text, i);
        }
    }

    [Fact]
    public void ImportWord_TenThousandDamagedFiles_NeverThrows()
    {
        var sample = SeedDocx.Create(3);
        var importer = new PlanWordImporter();
        var random = new Random(20_251_209);
        for (var i = 0; i < Cases; i++)
        {
            var bytes = (byte[])sample.Clone();
            // Mostly a few bytes changed (the zip structure then fails fast), sometimes a cut, one in 50 untouched in
            // the zip's compressed data so that the XML below is damaged instead.
            var edits = random.Next(50) == 0 ? 0 : random.Next(1, 8);
            for (var e = 0; e < edits; e++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
            if (random.Next(4) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }
            using var stream = new MemoryStream(bytes);
            var result = importer.Import(stream);
            Assert.True(result.Match(r => r.Import.Plan is not null, error => error.Message.Length > 0), $"case {i}");
        }
    }

    private static void AssertImports(string text, int @case)
    {
        var result = Importer.Import(text);
        var plan = result.Plan;
        var spans = plan.LegalBases.Select(c => c.Source).Concat(plan.Indicators.Select(x => x.Source)).Concat(plan.Tasks.Select(t => t.Source))
            .Concat(plan.Responsibilities.Select(r => r.Source)).Concat(plan.Reporting.Select(r => r.Source)).Concat(result.Diagnostics.Select(d => d.Source));
        Assert.All(spans, s => Assert.True(s is null || (s.Start >= 0 && s.Start + s.Length <= text.Length), $"case {@case}"));
    }
}

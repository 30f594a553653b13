using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using VnChildProtection.Documents.Reports;
using VnChildProtection.Documents.Word;

namespace VnChildProtection.Documents.Tests.Reports;

public sealed class ProgressWordWriterTests
{
    [Theory]
    [InlineData(ReportLanguage.Vietnamese)]
    [InlineData(ReportLanguage.English)]
    public void Report_HasNoOpenXmlValidationErrors(ReportLanguage language)
    {
        var bytes = ProgressWordWriter.Write(SeedProgress.QuangNinh(), language);
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path?.XPath + ": " + e.Description)));
    }

    [Fact]
    public void Report_ReadsBackWithTheDecree30HeaderAndEveryTarget()
    {
        var report = SeedProgress.AnGiang();
        var text = WordDocumentReader.Default.Read(ProgressWordWriter.Write(report)).AsT0.Text;
        foreach (var expected in new[]
        {
            "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số:      /BC-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "An Giang, ngày 15 tháng 11 năm 2024", "BÁO CÁO", "Kế hoạch số 177/KH-UBND ngày 28/02/2024", "Sở Y tế",
        })
        {
            Assert.Contains(expected, text, System.StringComparison.Ordinal);
        }
        foreach (var target in report.Targets)
        {
            Assert.Contains("Chỉ tiêu " + target.IndicatorNumber + " (" + target.Measure + ")", text, System.StringComparison.Ordinal);
        }
        Assert.Contains("Chưa có số liệu", text, System.StringComparison.Ordinal);
    }
}

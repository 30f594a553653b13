using System.IO;
using System.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>The example of docs/vietnamese-text.md, run verbatim.</summary>
public class VietnameseTextDocsExamples
{
    [Fact]
    public void Example_NormaliseToneKeySlug()
    {
        var display = VietnameseText.Normalize("Sở  Văn hoá,\u00A0Thể thao và Du lịch".Normalize(NormalizationForm.FormD));
        // display: "Sở Văn hoá, Thể thao và Du lịch" (NFC, one space)
        var oldStyle = VietnameseText.NormalizeTonePlacement(display, ToneMarkStyle.Old);
        // oldStyle: "Sở Văn hóa, Thể thao và Du lịch"
        var key = VietnameseText.ToMatchKey("Sở Lao động – Thương binh và Xã hội");
        // key: "so lao dong thuong binh va xa hoi"
        var slug = VietnameseText.ToSlug("Bà Rịa - Vũng Tàu");
        // slug: "ba-ria-vung-tau"

        Assert.Equal("Sở Văn hoá, Thể thao và Du lịch", display);
        Assert.True(display.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Sở Văn hóa, Thể thao và Du lịch", oldStyle);
        Assert.Equal("so lao dong thuong binh va xa hoi", key);
        Assert.Equal("ba-ria-vung-tau", slug);
    }

    [Fact]
    public void Page_ShowsTheExampleVerbatim() =>
        DocsCodeBlocks.AssertEveryExampleIsTested("docs/vietnamese-text.md", "tests/VnChildProtection.Domain.Tests/Docs/VietnameseTextDocsExamples.cs");
}

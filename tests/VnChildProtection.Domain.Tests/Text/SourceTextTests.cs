using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(2, 1, 3)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 3, 1)]
    [InlineData(8, 4, 1)]
    [InlineData(9, 4, 2)]
    public void GetLineAndColumn_MixedLineBreaks(int offset, int line, int column)
    {
        var text = new SourceText("ab\r\nc\nd\re");
        Assert.Equal((line, column), text.GetLineAndColumn(offset));
    }

    [Fact]
    public void GetLine_ReturnsLineWithoutBreak()
    {
        var text = new SourceText("Số: 27/KH-UBND\r\nQuảng Ngãi\n");
        Assert.Equal(3, text.LineCount);
        Assert.Equal("Số: 27/KH-UBND", text.GetLine(1));
        Assert.Equal("Quảng Ngãi", text.GetLine(2));
        Assert.Equal("", text.GetLine(3));
    }

    [Fact]
    public void Seed000_SectionHeadingLine_IsReportedAt325()
    {
        var seed = new SourceText(SeedCorpus.ReadSeed(0));
        var offset = seed.Text.IndexOf("### III. CHẾ ĐỘ BÁO CÁO", System.StringComparison.Ordinal);
        Assert.Equal((325, 1), seed.GetLineAndColumn(offset));
    }

    [Property(MaxTest = 10_000)]
    public Property LineStartPlusColumn_RecoversOffset(NonNull<string> input)
    {
        var text = new SourceText(input.Get);
        return Prop.ForAll(Gen.Choose(0, input.Get.Length).ToArbitrary(), offset =>
        {
            var (line, column) = text.GetLineAndColumn(offset);
            return text.GetLineStart(line) + column - 1 == offset;
        });
    }
}

using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Tests.Targets;

namespace VnChildProtection.Domain.Tests.Json;

public class TargetJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new TargetJsonConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Write_Target_IsItsCanonicalVietnameseText()
    {
        var target = new ThresholdTarget(IndicatorUnit.Percent, [new Milestone(2025, TargetBound.AtLeast, 90m), new Milestone(2030, TargetBound.AtLeast, 95m)]);
        Assert.Equal("\"đạt 90% vào năm 2025 và 95% vào năm 2030\"", JsonSerializer.Serialize<Target>(target, Options));
    }

    [Fact]
    public void Write_RatioThreshold_UsesTheObjectFormWithItsUnit()
    {
        var ratio = new ThresholdTarget(IndicatorUnit.Ratio, TargetBound.Below, 1.5m, 2030);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize<Target>(ratio, Options));
        Assert.Equal("Ratio", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal(ratio, JsonSerializer.Deserialize<Target>(json.RootElement.GetRawText(), Options));
    }

    [Property(MaxTest = 10_000)]
    public Property WriteThenRead_EveryShape_RoundTrips() =>
        Prop.ForAll(Arb.From(TargetGenerators.Targets()), t => JsonSerializer.Deserialize<Target>(JsonSerializer.Serialize(t, Options), Options) == t);

    [Theory]
    [InlineData("{\"text\": \"đạt 90%\", \"unit\": \"Ratio\"}")]
    [InlineData("{\"text\": \"giảm 20% so với năm 2023\", \"unit\": \"Percent\"}")]
    [InlineData("{\"text\": \"đạt 5\"}")]
    [InlineData("{\"text\": \"đạt 5\", \"unit\": \"Ratio\", \"x\": 1}")]
    [InlineData("{\"text\": 5, \"unit\": \"Ratio\"}")]
    [InlineData("\"không có mục tiêu\"")]
    [InlineData("[]")]
    public void Read_Invalid_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Target>(json, Options));
}

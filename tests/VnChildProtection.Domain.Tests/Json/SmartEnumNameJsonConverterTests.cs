using System.Text.Json;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Targets;

namespace VnChildProtection.Domain.Tests.Json;

public class SmartEnumNameJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new SmartEnumNameJsonConverter<ResponsibilityRole>(), new SmartEnumNameJsonConverter<IndicatorUnit>() } };

    [Fact]
    public void Write_EveryValue_ReadsBackByName()
    {
        foreach (var role in ResponsibilityRole.List)
        {
            var json = JsonSerializer.Serialize(role, Options);
            Assert.Equal("\"" + role.Name + "\"", json);
            Assert.Same(role, JsonSerializer.Deserialize<ResponsibilityRole>(json, Options));
        }
        Assert.Same(IndicatorUnit.PerThousandLiveBirths, JsonSerializer.Deserialize<IndicatorUnit>("\"PerThousandLiveBirths\"", Options));
    }

    [Theory]
    [InlineData("\"lead\"")]
    [InlineData("\"chủ trì\"")]
    [InlineData("1")]
    public void Read_NotAnExactName_ThrowsJsonExceptionListingNames(string json)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ResponsibilityRole>(json, Options));
        Assert.Contains(json == "1" ? "found a number" : "Lead, Coordinate, Contribute", error.Message, System.StringComparison.Ordinal);
    }
}

using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Measures;
using VnChildProtection.Domain.Tests.Plans.Json;

namespace VnChildProtection.Domain.Tests.Json;

public class ValueJsonConvertersTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new LocalDateJsonConverter(), new AnnualDateJsonConverter(), new MeasureIdJsonConverter(), new MoneyVndJsonConverter(), new TimeLimitJsonConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Write_UsesIsoAndCanonicalTextForms()
    {
        Assert.Equal("\"2024-02-28\"", JsonSerializer.Serialize(new LocalDate(2024, 2, 28), Options));
        Assert.Equal("\"05-20\"", JsonSerializer.Serialize(new AnnualDate(5, 20), Options));
        Assert.Equal("\"CT3.a\"", JsonSerializer.Serialize(new MeasureId(3, 'a'), Options));
        Assert.Equal("\"150.000.000 đồng/năm\"", JsonSerializer.Serialize(new MoneyVnd(150_000_000m, MoneyPeriod.PerYear), Options));
        Assert.Equal("\"5 ngày làm việc\"", JsonSerializer.Serialize(TimeLimit.WorkingDays(5), Options));
    }

    [Fact]
    public void Read_TimeLimitVariants_AreAccepted() =>
        Assert.Equal(TimeLimit.WorkingDays(5), JsonSerializer.Deserialize<TimeLimit>("\"trong thời hạn 05 ngày làm việc\"", Options));

    [Fact]
    public void Read_AnnualDateFebruary29_IsValid() =>
        Assert.Equal(new AnnualDate(2, 29), JsonSerializer.Deserialize<AnnualDate>("\"02-29\"", Options));

    [Theory]
    [InlineData("\"2023-02-29\"", typeof(LocalDate))]
    [InlineData("\"28/02/2024\"", typeof(LocalDate))]
    [InlineData("20240228", typeof(LocalDate))]
    [InlineData("\"02-30\"", typeof(AnnualDate))]
    [InlineData("\"--05-20\"", typeof(AnnualDate))]
    [InlineData("\"CT0.a\"", typeof(MeasureId))]
    [InlineData("\"đồng\"", typeof(MoneyVnd))]
    [InlineData("150000000", typeof(MoneyVnd))]
    [InlineData("\"5 tuần\"", typeof(TimeLimit))]
    [InlineData("5", typeof(TimeLimit))]
    public void Read_Invalid_ThrowsJsonException(string json, System.Type type) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, type, Options));

    [Fact]
    public void Write_DefaultMeasureId_Throws() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(MeasureId), Options));

    [Property(MaxTest = 10_000)]
    public Property WriteThenRead_Values_RoundTrip() =>
        Prop.ForAll(Arb.From(PlanDocumentGenerators.Dates()), Arb.From(PlanDocumentGenerators.Measures()), Arb.From(PlanDocumentGenerators.Money()), (date, measure, money) =>
            JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(date, Options), Options) == date
            && JsonSerializer.Deserialize<MeasureId>(JsonSerializer.Serialize(measure, Options), Options) == measure
            && JsonSerializer.Deserialize<MoneyVnd>(JsonSerializer.Serialize(money, Options), Options) == money);

    [Fact]
    public void ValueListContract_ReadsAndWritesArrays()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new ListResolver() };
        Assert.Equal("[1,2,3]", JsonSerializer.Serialize(ValueList.Of(1, 2, 3), options));
        Assert.Equal(ValueList.Of(1, 2, 3), JsonSerializer.Deserialize<ValueList<int>>("[1,2,3]", options));
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<ValueList<int>>("[1,\"x\"]", options));
        Assert.Equal("$[1]", error.Path);
    }

    private sealed class ListResolver : System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
    {
        public override System.Text.Json.Serialization.Metadata.JsonTypeInfo GetTypeInfo(System.Type type, JsonSerializerOptions options) =>
            type == typeof(ValueList<int>) ? ValueListJsonTypeInfo.Create<int>(options) : base.GetTypeInfo(type, options);
    }
}

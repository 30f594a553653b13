using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Interop.Dhis2.Tests.Formats;

/// <summary>Writing then reading gives the same values, for both formats and both forms of JSON.</summary>
public class RoundTripProperties
{
    private static readonly Gen<string> Id = Gen.Elements("A", "uid4X7kq2Lm", "VN_01", "Đ-ô 1", "x\"y", "<&>", "日本");
    private static readonly Gen<string?> Text = Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements<string?>("", "1", "12.5", "Đã kiểm tra\nhai dòng", "a\tb", "😀", " lead"));
    private static readonly Gen<string> Category = Gen.Elements("SEX", "AGE", "area_1");

    private static readonly Gen<Dhis2DataValue> JsonValue =
        from element in Id
        from period in Gen.Elements("2025", "202501", "2025Q1")
        from unit in Id
        from value in Text
        from combo in Gen.OneOf(Gen.Constant<string?>(null), Id.Select(i => (string?)i))
        from comment in Text
        from storedBy in Text
        from followUp in Gen.Elements<bool?>(null, true, false)
        select new Dhis2DataValue(element, period, unit, value) { CategoryOptionCombo = combo, Comment = comment, StoredBy = storedBy, FollowUp = followUp };

    private static readonly Gen<Dhis2DataValue> AdxValue =
        from element in Id
        from period in Gen.Elements("2025-01-01/P1Y", "2025-01-01/P1M")
        from unit in Id
        from value in Gen.Elements("0", "1", "12.5")
        from categories in Gen.SubListOf(new[] { "SEX", "AGE", "area_1" })
        from option in Id
        from comment in Text
        select new Dhis2DataValue(element, period, unit, value)
        {
            CategoryOptions = categories.Select(c => new Dhis2CategoryOption(c, option)).ToValueList(),
            Comment = comment,
        };

    [Property(MaxTest = 300)]
    public Property Json_BulkAndSetLevel_RoundTrip() => Prop.ForAll(
        JsonValue.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (values, setLevel) =>
        {
            var header = setLevel && values.Length > 0
                ? new Dhis2DataValueSetHeader { DataSet = "CP", Period = values[0].Period, OrgUnit = values[0].OrgUnit }
                : Dhis2DataValueSetHeader.Bulk;
            using var stream = new MemoryStream();
            DataValueSetJsonWriter.Write(stream, header, values);
            stream.Position = 0;
            using var reader = new DataValueSetJsonReader(stream, bufferSize: 64);
            var read = new System.Collections.Generic.List<Dhis2ReadItem>();
            while (reader.Read(out var item))
            {
                read.Add(item);
            }
            return read.Diagnostics().Count == 0 && read.Values().SequenceEqual(values) && reader.Header == header;
        });

    [Property(MaxTest = 300)]
    public Property Adx_RoundTrip() => Prop.ForAll(AdxValue.ArrayOf().ToArbitrary(), values =>
    {
        using var stream = new MemoryStream();
        AdxWriter.Write(stream, new Dhis2DataValueSetHeader { DataSet = "CP" }, Instant.FromUtc(2025, 2, 1, 0, 0), values);
        stream.Position = 0;
        var read = AdxReader.ReadAll(stream).ToList();
        return read.Diagnostics().Count == 0 && read.Values().SequenceEqual(values);
    });
}

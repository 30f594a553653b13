using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Cli.Commands;

namespace VnChildProtection.Cli.Tests.Commands;

/// <summary>The streamed CSV reader of <c>vncp units convert --csv</c> and its writer.</summary>
public class CsvRecordReaderProperties
{
    // Fields rich in the characters CSV has to quote.
    private static readonly Gen<string> FieldGen =
        Gen.OneOf(
            Gen.Elements("", ",", "\"", "\"\"", "\r\n", "\n", "\r", "Phường Hàng Trống, quận Hoàn Kiếm", "a\"b", " x "),
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null));

    private static readonly Gen<string[][]> RecordsGen =
        from width in Gen.Choose(2, 5)
        from rows in Gen.ListOf(Gen.ArrayOf(FieldGen, width))
        select rows.Select(row => row.ToArray()).ToArray();

    [Property(MaxTest = 10_000)]
    public Property WriteThenRead_GivesTheSameRecords() =>
        Prop.ForAll(Arb.From(RecordsGen), records =>
        {
            var writer = new StringWriter();
            foreach (var record in records)
            {
                CsvRecordReader.Write(writer, record);
            }
            var reader = new CsvRecordReader(new StringReader(writer.ToString()));
            var read = new List<string[]>();
            var fields = new List<string>();
            while (reader.TryRead(fields, out var problem))
            {
                if (problem is not null)
                {
                    return false;
                }
                read.Add([.. fields]);
            }
            return read.Count == records.Length && read.Zip(records).All(pair => pair.First.SequenceEqual(pair.Second));
        });

    [Property(MaxTest = 10_000)]
    public void AnyText_ReadsWithoutException_AndEveryRecordStartsOnALineOfTheText(NonNull<string> input)
    {
        var text = input.Get;
        var reader = new CsvRecordReader(new StringReader(text));
        var fields = new List<string>();
        var lines = System.Text.RegularExpressions.Regex.Split(text, "\r\n|\r|\n").Length;
        while (reader.TryRead(fields, out _))
        {
            Assert.InRange(reader.RecordLine, 1, lines);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Documents.Text;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Tests.Text;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Documents.Tests.Text;

public class PlanFileReaderTests
{
    [Fact]
    public void Read_EmptyOrBlank_IsRefusedAsEmpty()
    {
        Assert.Equal(PlanFileErrorKind.Empty, PlanFileReader.Read([]).AsT1.Kind);
        Assert.Equal("FILE-EMPTY", PlanFileReader.Read(Encoding.UTF8.GetBytes(" \r\n\t ")).AsT1.Code);
        Assert.Equal(PlanFileErrorKind.Empty, PlanFileReader.Read([0xEF, 0xBB, 0xBF, 0x20]).AsT1.Kind);
    }

    [Fact]
    public void Read_RandomBytes_AreRefusedAsBinary()
    {
        var bytes = new byte[100_000];
        new Random(20251207).NextBytes(bytes);
        var error = PlanFileReader.Read(bytes).AsT1;
        Assert.Equal("FILE-BINARY", error.Code);
        Assert.NotEqual(error.Message, error.MessageVietnamese);
    }

    [Fact]
    public void Read_Utf8Seed_IsTextWithItsOwnCharacters()
    {
        var seed = SeedCorpus.ReadSeed(0);
        var plain = PlanFileReader.Read(Encoding.UTF8.GetBytes(seed)).AsT0;
        var withBom = PlanFileReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(seed)]).AsT0;
        Assert.Equal(PlanFileKind.Text, plain.Kind);
        Assert.Equal("UTF-8", plain.Encoding);
        Assert.Equal(seed, plain.Text);
        Assert.Equal(plain, withBom);
        var utf16 = PlanFileReader.Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(seed)]).AsT0;
        Assert.Equal(seed, utf16.Text);
        Assert.Equal("UTF-16LE", utf16.Encoding);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\uFEFF  \n{ \"header\": {} }")]
    [InlineData("\r\n\t{")]
    public void Read_TextStartingWithBrace_IsJson(string text)
    {
        var content = PlanFileReader.Read(Encoding.UTF8.GetBytes(text)).AsT0;
        Assert.Equal(PlanFileKind.Json, content.Kind);
    }

    [Fact]
    public void Read_ZipOrCompoundFile_IsWord()
    {
        Assert.Equal(PlanFileKind.Word, PlanFileReader.Read([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]).AsT0.Kind);
        Assert.Equal(PlanFileKind.Word, PlanFileReader.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]).AsT0.Kind);
        Assert.Null(PlanFileReader.Read([0x50, 0x4B, 0x03, 0x04]).AsT0.Text);
    }

    [Fact]
    public void Read_Tcvn3Bytes_AreConverted()
    {
        // "Nghị định số 56" in TCVN3 (TCVN 5712:1993 upper half: 0xDE ị, 0xAE đ, 0xE8 ố).
        byte[] bytes = [.. "Ngh"u8, 0xDE, (byte)' ', 0xAE, 0xDE, .. "nh s"u8, 0xE8, .. " 56"u8];
        var content = PlanFileReader.Read(bytes).AsT0;
        Assert.Equal("TCVN3", content.Encoding);
        Assert.Equal("Nghị định số 56", content.Text);
    }

    [Fact]
    public void Read_SeedInTcvn3_IsReadBackAsTheSeed()
    {
        // TCVN3 fonts have no capitals of their own: the lower-cased seed is what the encoding can hold.
        var seed = Letters(SeedCorpus.ReadSeed(1)).ToLowerInvariant();
        var content = PlanFileReader.Read(Tcvn3.Encode(seed)).AsT0;
        Assert.Equal("TCVN3", content.Encoding);
        Assert.Equal(seed, content.Text);
    }

    [Fact]
    public void Read_SeedInWindows1258_IsReadBackAsTheSeed()
    {
        var seed = Letters(SeedCorpus.ReadSeed(2));
        var content = PlanFileReader.Read(LegacyVietnameseText.Windows1258(seed)).AsT0;
        Assert.Equal("Windows-1258", content.Encoding);
        Assert.Equal(PlanFileKind.Text, content.Kind);
        Assert.Equal(seed, VietnameseText.ToNfc(content.Text!));
    }

    [Fact]
    public void Read_OtherEightBitText_IsRefusedAsUnknownEncoding()
    {
        // Russian in Windows-1251: neither encoding reads it as Vietnamese words.
        byte[] bytes = [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0, 0x2C, 0x20, 0xE4, 0xE5, 0xF2, 0xE8, 0x20, 0xE8, 0x20, 0xF8, 0xEA, 0xEE, 0xEB, 0xE0];
        Assert.Equal(PlanFileErrorKind.UnknownEncoding, PlanFileReader.Read(bytes).AsT1.Kind);
    }

    [Fact]
    public void Read_InvalidBytesUnderAByteOrderMark_AreRefused()
    {
        Assert.Equal("FILE-ENCODING", PlanFileReader.Read([0xEF, 0xBB, 0xBF, (byte)'a', 0xC3]).AsT1.Code);
    }

    [Property(MaxTest = 2_000)]
    public Property Read_ArbitraryBytes_NeverThrowsAndNeverKeepsControls() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
            PlanFileReader.Read(bytes ?? []).Match(
                content => content.Kind == PlanFileKind.Word
                    || content.Text!.Count(c => c is < ' ' and not ('\t' or '\n' or '\v' or '\f' or '\r' or '\x1A')) * 200 <= content.Text!.Length,
                error => error.Message.Length > 0 && error.MessageVietnamese.Length > 0));

    // The seed in NFC without the non-ASCII punctuation (dashes, quotes) the 8-bit encodings may lack.
    private static string Letters(string seed) => new(VietnameseText.ToNfc(seed).Where(c => c < 0x80 || char.IsLetter(c)).ToArray());

    /// <summary>TCVN3 encoding by the inverse of the reader's table (checked against the cited bytes above).</summary>
    private static class Tcvn3
    {
        public static byte[] Encode(string text)
        {
            var inverse = new Dictionary<char, byte>();
            for (var b = 0x80; b <= 0xFF; b++)
            {
                var c = VietnameseLegacyEncoding.Tcvn3([(byte)b])[0];
                if (char.IsLetter(c))
                {
                    inverse.TryAdd(c, (byte)b);
                }
            }
            return text.Select(c => c < 0x80 ? (byte)c : inverse[c]).ToArray();
        }
    }
}

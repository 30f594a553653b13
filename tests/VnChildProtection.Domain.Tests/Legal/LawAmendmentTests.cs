using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Legal;

public class LawAmendmentTests
{
    private static LegalReference Parse(string text) => LegalReference.Parse(text).AsT0;

    private static readonly LegalReference LawOnChildren = Parse("102/2016/QH13");
    private static readonly LegalReference Law28 = Parse("28/2018/QH14");

    [Fact]
    public void LawOnChildren_IsAmendedByLaw28Of2018Article11From2019()
    {
        var amendment = Assert.Single(KnownLawRegistry.Default.AmendmentsOf(LawOnChildren));

        Assert.Equal(Law28, amendment.Amending);
        Assert.Equal(11, amendment.AmendingArticle);
        Assert.Equal([5, 7, 45, 57, 74, 79, 82], amendment.Articles.AsEnumerable());
        Assert.Equal(new LocalDate(2019, 1, 1), amendment.InForceFrom);
        Assert.True(amendment.Verification.IsVerified);
        Assert.Equal([amendment], KnownLawRegistry.Default.AmendmentsBy(Law28));
    }

    // Every article the consolidated text (Pháp điển) in tests/corpus/law marks as amended is in the data, with the
    // amending law, its article and the in-force date the note gives; and no other article is.
    [Fact]
    public void Amendments_MatchEveryAmendedArticleOfTheConsolidatedText()
    {
        var text = SeedCorpus.ReadLaw("law_LuatTreEm_102-2016-QH13");
        var notes = Regex.Matches(text,
            @"\(Điều (\d+) Luật số 102/2016/QH13,[^)]*?được sửa đổi[^)]*?bởi Điều (\d+) Luật số (\S+) có hiệu lực thi hành kể từ ngày (\d{2})/(\d{2})/(\d{4})\)");
        var fromText = notes
            .Select(m => (Article: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), By: Parse(m.Groups[3].Value), ByArticle: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                From: new LocalDate(int.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))))
            .OrderBy(n => n.Article)
            .ToArray();
        var fromData = KnownLawRegistry.Default.AmendmentsOf(LawOnChildren)
            .SelectMany(a => a.Articles.Select(article => (Article: article, By: a.Amending, ByArticle: a.AmendingArticle!.Value, From: a.InForceFrom)))
            .OrderBy(n => n.Article)
            .ToArray();

        Assert.Equal(7, fromText.Length);
        Assert.Equal(fromText, fromData);
        // No article note names an amendment the pattern above missed.
        Assert.Equal(fromText.Length, Regex.Count(text, @"\(Điều \d+ Luật số 102/2016/QH13[^)]*sửa đổi"));
    }

    [Theory]
    [InlineData(57, "2020-03-01", true)]
    [InlineData(57, "2018-12-31", false)]
    [InlineData(57, "2019-01-01", true)]
    [InlineData(10, "2026-01-01", false)]
    [InlineData(82, "2026-05-01", true)]
    public void GoverningInstruments_AmendedArticlesAfter2019_AddLaw28(int article, string date, bool amended)
    {
        var result = KnownLawRegistry.Default.GoverningInstruments(LawOnChildren, article, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        var governance = result.AsT0;
        Assert.Equal(amended, governance.IsAmended);
        Assert.Equal(amended ? [LawOnChildren, Law28] : [LawOnChildren], governance.Instruments.AsEnumerable());
        Assert.Equal("Trẻ em", governance.Law.Title);
    }

    [Fact]
    public void GoverningInstruments_ByTitle_ResolvesTheLaw() =>
        Assert.True(KnownLawRegistry.Default.GoverningInstruments(Parse("Luật Trẻ em"), 45, new LocalDate(2025, 1, 1)).AsT0.IsAmended);

    [Theory]
    [InlineData("56/2017/NĐ-CP", 5, "2020-01-01", LawCurrencyErrorCodes.LawUnknown)]
    [InlineData("Luật Ngân sách nhà nước", 5, "2020-01-01", LawCurrencyErrorCodes.LawUnknown)]
    [InlineData("102/2016/QH13", 107, "2020-01-01", LawCurrencyErrorCodes.ArticleUnknown)]
    [InlineData("102/2016/QH13", 0, "2020-01-01", LawCurrencyErrorCodes.ArticleUnknown)]
    [InlineData("102/2016/QH13", 5, "2017-05-31", LawCurrencyErrorCodes.NotYetInForce)]
    public void GoverningInstruments_BadQuestion_IsATypedError(string law, int article, string date, string code)
    {
        var result = KnownLawRegistry.Default.GoverningInstruments(Parse(law), article, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);

        Assert.True(result.IsT1);
        Assert.Equal(code, result.AsT1.Code);
    }

    [Fact]
    public void GoverningInstruments_LawWithoutArticleCount_AcceptsAnyArticle()
    {
        var result = KnownLawRegistry.Default.GoverningInstruments(Parse("Luật Ngân sách nhà nước năm 2015"), 500, new LocalDate(2020, 1, 1));
        Assert.False(result.AsT0.IsAmended);
    }

    [Fact]
    public void StatusOf_LawOnChildren_InForce2017With106ArticlesVerified()
    {
        var status = KnownLawRegistry.Default.StatusOf(LawOnChildren)!;
        Assert.Equal(new LocalDate(2017, 6, 1), status.InForceFrom);
        Assert.Equal(106, status.ArticleCount);
        Assert.True(status.Verification.IsVerified);
        Assert.Equal(VerificationStatus.Unverified, KnownLawRegistry.Default.StatusOf(Parse("83/2015/QH13"))!.Verification.Status);
        Assert.Null(KnownLawRegistry.Default.StatusOf(Law28));
    }

    [Fact]
    public void StatusOf_TheCorpusConfirmsInForceDateAndArticleCount()
    {
        var text = SeedCorpus.ReadLaw("law_LuatTreEm_102-2016-QH13");
        Assert.Contains("có hiệu lực thi hành kể từ ngày 01/06/2017", text, StringComparison.Ordinal);
        Assert.Equal(106, Regex.Count(text, @"^Điều 8\.1\.LQ\.\d+\.", RegexOptions.Multiline));
    }

    [Fact]
    public void WithAmendments_AddsAHostAmendment_AndRefusesOneOfAnUnknownLaw()
    {
        var later = new LawAmendment(LawOnChildren, Parse("99/2030/QH16"), 2, [10], new LocalDate(2031, 1, 1),
            SourceVerification.Unverified("a host's own record"));
        var registry = KnownLawRegistry.Default.WithAmendments([later, later]);

        Assert.Equal(2, registry.AmendmentsOf(LawOnChildren).Count);
        Assert.Equal([LawOnChildren, Parse("99/2030/QH16")], registry.GoverningInstruments(LawOnChildren, 10, new LocalDate(2031, 1, 1)).AsT0.Instruments.AsEnumerable());
        Assert.Single(KnownLawRegistry.Default.AmendmentsOf(LawOnChildren));
        var unknown = new LawAmendment(Parse("56/2017/NĐ-CP"), Law28, null, [1], new LocalDate(2019, 1, 1), SourceVerification.Unverified("x"));
        Assert.Throws<ArgumentException>(() => KnownLawRegistry.Default.WithAmendments([unknown]));
        Assert.Throws<ArgumentException>(() => new LawAmendment(LawOnChildren, Law28, 11, [], new LocalDate(2019, 1, 1), SourceVerification.Unverified("x")));
    }

    [Fact]
    public void WithEntries_KeepsAmendmentsAndStatuses()
    {
        var registry = KnownLawRegistry.Default.WithEntries([LegalReference.Create(DocumentType.Law, "102", 2016, "QH13").WithTitle("Trẻ em Việt Nam")]);
        Assert.Single(registry.AmendmentsOf(LawOnChildren));
        Assert.NotNull(registry.StatusOf(LawOnChildren));
    }

    [Fact]
    public void Facts_HaveASourceEach()
    {
        Assert.All(KnownLawRegistry.Default.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Verification.Source)));
        Assert.Contains(KnownLawRegistry.Default.Facts, f => f.Instrument.Contains("28/2018/QH14", StringComparison.Ordinal) && f.EffectiveFrom == new LocalDate(2019, 1, 1));
    }
}

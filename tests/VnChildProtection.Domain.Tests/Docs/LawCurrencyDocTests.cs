using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Calendars.Reporting;
using VnChildProtection.Domain.Legal;

namespace VnChildProtection.Domain.Tests.Docs;

/// <summary>
/// docs/law-currency.md is generated from the shipped data: this test renders it from the public API and fails when the
/// committed page differs, printing the expected page (also written to law-currency.expected.md in the temp folder) so
/// it can be regenerated.
/// </summary>
public class LawCurrencyDocTests
{
    private static string PagePath => Path.Combine(SeedCorpus.Root, "..", "..", "docs", "law-currency.md");

    private static IEnumerable<(string Area, DatedLegalFact Fact)> Facts() =>
        KnownLawRegistry.Default.Facts.Select(f => ("Known laws", f))
            .Concat(OfficialHolidaySchedules.Facts.Select(f => ("Holidays", f)))
            .Concat(StatutoryReports.Facts.Select(f => ("Reporting", f)));

    internal static string Render()
    {
        var page = new StringBuilder();
        page.Append("""
            # Law currency: every dated legal fact the library ships

            <!-- Generated from the data by tests/VnChildProtection.Domain.Tests/Docs/LawCurrencyDocTests.cs: do not edit by hand. -->

            Each row is a dated legal fact the library ships, with how far it was checked (`VerificationStatus`):
            **Verified** — read in the instrument's text or its official consolidation (Pháp điển); **Secondary** — read
            only in a reproduction (a government portal, a legal-information site) or the press; **Unverified** — reported
            or derived, no text stating it was read. Only Verified facts are certain; check the others before relying on
            them. The rows come from `KnownLawRegistry.Default.Facts`, `OfficialHolidaySchedules.Facts` and
            `StatutoryReports.Facts`; a test renders this page from them and fails when it differs, and another fails when
            a fact has no source.

            | Area | Instrument | What it sets | From | Verification | Source (where read) |
            |---|---|---|---|---|---|

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var (area, fact) in Facts())
        {
            var v = fact.Verification;
            string from = fact.EffectiveFrom?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "—";
            string source = Cell(v.Source) + (v.Location is null ? " (no location found)" : " (" + Cell(v.Location) + ")");
            page.Append(CultureInfo.InvariantCulture, $"| {area} | {Cell(fact.Instrument)} | {Cell(fact.Sets)} | {from} | {v.Status.Name} | {source} |\n");
        }
        page.Append("""

            Not in this table: the Circular 13/2021/TT-BLĐTBXH statistical indicators (their full list was not obtained, so
            no catalogue is shipped), and the seed plans' reporting regimes (`ReportingRegimes`), which are plan facts cited
            in their own `Source`.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        return page.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    [Fact]
    public void Page_IsTheTableRenderedFromTheData()
    {
        var expected = Render();
        var actual = File.Exists(PagePath) ? File.ReadAllText(PagePath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (actual != expected)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "law-currency.expected.md"), expected);
        }
        Assert.True(actual == expected, "docs/law-currency.md differs from the data; regenerate it with this text:\n" + expected);
    }

    [Fact]
    public void EveryFact_HasASource_AndEveryCheckedFactSaysWhereItWasRead()
    {
        var facts = Facts().ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Fact.Instrument));
            Assert.False(string.IsNullOrWhiteSpace(f.Fact.Verification.Source));
            if (f.Fact.Verification.Status != VerificationStatus.Unverified)
            {
                Assert.False(string.IsNullOrWhiteSpace(f.Fact.Verification.Location), f.Fact.ToString());
            }
        });
    }

    [Fact]
    public void Table_FlagsEveryFactTheResearchCouldNotVerify()
    {
        var facts = Facts().Select(f => f.Fact).ToList();
        Assert.All(facts.Where(f => f.Instrument.StartsWith("Nghị quyết 28/2026/QH16", StringComparison.Ordinal)),
            f => Assert.Equal(VerificationStatus.Unverified, f.Verification.Status));
        Assert.Contains(facts, f => f.Instrument.StartsWith("Nghị quyết 28/2026/QH16", StringComparison.Ordinal));
        Assert.Equal(VerificationStatus.Verified, facts.Single(f => f.Instrument.Contains("28/2018/QH14", StringComparison.Ordinal)).Verification.Status);
        Assert.All(facts.Where(f => f.Instrument.StartsWith("2025 Ministry of Health", StringComparison.Ordinal)),
            f => Assert.Equal(VerificationStatus.Unverified, f.Verification.Status));
    }
}

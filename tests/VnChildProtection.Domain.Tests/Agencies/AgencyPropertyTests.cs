using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Agencies;

public class AgencyPropertyTests
{
    private static readonly string[] Names = AgencyData.All.SelectMany(k => k.AllNames).ToArray();

    private static readonly string[] Fragments =
    [
        "Sở", "Bộ", "Ủy ban", "UBND", "tỉnh", "và", "-", "–", ",", ";", " ", "Hoà", "hòa", "Đ", "\u0301", "\uD800", "\uDC00",
        "\u00A0", "An Giang", "Quảng Ninh", "các", "chỉ tiêu 13", "&", "..", "\n",
    ];

    // Arbitrary strings, agency names, and names glued to fragments, lone surrogates and combining marks.
    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get),
                Gen.Elements(Names),
                Gen.ListOf(Gen.OneOf(Gen.Elements(Fragments), Gen.Elements(Names))).Select(parts => string.Concat(parts)))
            .ToArbitrary();

    private static Arbitrary<AgencyKind> Kinds() => Gen.Elements(AgencyData.All.ToArray()).ToArbitrary();

    [Property(MaxTest = 10_000)]
    public Property Resolve_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(Texts(), text =>
        {
            var result = AgencyRegistry.Default.Resolve(text);
            return result.Match(
                m => m.Score is > 0 and <= 1 && m.Qualifier is not null,
                u => u.Candidates.All(c => c.Score is >= 0 and <= 1)
                    && u.Candidates.Zip(u.Candidates.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        });

    [Property(MaxTest = 10_000)]
    public Property ResolveList_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(Texts(), text => AgencyRegistry.Default.ResolveList(text).Count >= 0);

    [Property(MaxTest = 10_000)]
    public Property FindMentions_NeverThrowsSpansMatchNormalisedTextAndEqualityHolds() =>
        Prop.ForAll(Texts(), text =>
        {
            var mentions = AgencyRegistry.Default.FindMentions(text);
            if (mentions.Count == 0)
            {
                return true;
            }
            var normalised = VietnameseText.Normalize(text);
            var again = AgencyRegistry.Default.FindMentions(text);
            return mentions.Zip(again).All(p => p.First == p.Second && p.First.GetHashCode() == p.Second.GetHashCode() && !p.First.Equals(null))
                && mentions.Zip(mentions.Skip(1)).All(p => p.First.Start + p.First.Length <= p.Second.Start)
                && mentions.All(m => m.Start + m.Length <= normalised.Length && normalised.Substring(m.Start, m.Length) == m.Text);
        });

    [Property(MaxTest = 10_000)]
    public Property ResponsibilityRole_NeverThrowsOnArbitraryStrings() =>
        Prop.ForAll(Texts(), text =>
        {
            ResponsibilityRole.TryFromPhrase(text, out _);
            return ResponsibilityRole.FindIn(text).Count <= ResponsibilityRole.List.Count;
        });

    [Property(MaxTest = 10_000)]
    public Property Resolve_RegisteredNameWrittenDifferently_ResolvesToItsKind() =>
        Prop.ForAll(
            Gen.Elements(AgencyData.All.SelectMany(k => k.AllNames.Select(n => (Kind: k, Name: n))).ToArray()).ToArbitrary(),
            Gen.Choose(0, 15).ToArbitrary(),
            (entry, variant) =>
            {
                var text = entry.Name;
                if ((variant & 1) != 0)
                {
                    text = text.Normalize(NormalizationForm.FormD);
                }
                if ((variant & 2) != 0)
                {
                    text = text.ToUpperInvariant();
                }
                if ((variant & 4) != 0)
                {
                    text = VietnameseText.NormalizeTonePlacement(text, ToneMarkStyle.New).Replace("-", " – ", StringComparison.Ordinal);
                }
                if ((variant & 8) != 0)
                {
                    text += " tỉnh Quảng Ninh";
                }
                var result = AgencyRegistry.Default.Resolve(text);
                return result.IsT0 && result.AsT0.Kind.Id == entry.Kind.Id && result.AsT0.IsExact;
            });

    [Property(MaxTest = 10_000)]
    public Property AgencyKind_EqualityAndHashLaws() =>
        Prop.ForAll(Kinds(), Kinds(), (a, b) =>
        {
            var copy = Copy(a);
            return a.Equals(copy) && copy.Equals(a) && a == copy && !(a != copy)
                && a.GetHashCode() == copy.GetHashCode()
                && a.Equals(b) == b.Equals(a)
                && (a == b) == (a.Id == b.Id)
                && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode())
                && !a.Equals(null);
        });

    [Property(MaxTest = 10_000)]
    public Property AgencyKind_AnyFieldChange_BreaksEquality() =>
        Prop.ForAll(Kinds(), a =>
            a != a.WithAliases(["Một tên khác hẳn"])
            && a != new AgencyKind(a.Id, a.Name, a.EnglishName + " (changed)", a.Level, a.Abbreviation, a.Aliases, a.ValidFrom, a.ValidTo, a.Successions)
            && a != new AgencyKind(a.Id, a.Name, a.EnglishName, a.Level, a.Abbreviation, a.Aliases, a.ValidFrom, new LocalDate(2099, 12, 31), a.Successions));

    [Property(MaxTest = 10_000)]
    public Property Agency_EqualityAndHashLaws() =>
        Prop.ForAll(Kinds(), Kinds(), Gen.Elements<AdministrativeUnitCode?>(null, AdministrativeUnitCode.Of("22"), AdministrativeUnitCode.Of("91"), AdministrativeUnitCode.Of("20")).ToArbitrary(), (a, b, code) =>
        {
            var x = new Agency(a, code);
            var y = new Agency(Copy(a), code);
            var z = new Agency(b, code);
            return x == y && x.GetHashCode() == y.GetHashCode() && x.Equals((object)y)
                && (x == z) == (a.Id == b.Id)
                && x != new Agency(a, AdministrativeUnitCode.Of("99")) && !x.Equals(null);
        });

    [Property(MaxTest = 10_000)]
    public Property Succession_EqualityAndHashLaws() =>
        Prop.ForAll(Gen.Elements(AgencyData.All.SelectMany(k => k.Successions).ToArray()).ToArbitrary(), s =>
        {
            var copy = new AgencySuccession(s.Subject, s.SuccessorId, s.EffectiveDate, s.Instrument, s.IsConfirmed);
            var other = new AgencySuccession(s.Subject, s.SuccessorId, s.EffectiveDate, s.Instrument, !s.IsConfirmed);
            return s == copy && s.GetHashCode() == copy.GetHashCode() && s != other && !s.Equals(null);
        });

    [Property(MaxTest = 10_000)]
    public Property ResolveResults_EqualityAndHashLaws() =>
        Prop.ForAll(Texts(), text =>
        {
            var first = AgencyRegistry.Default.Resolve(text);
            var second = AgencyRegistry.Default.Resolve(text);
            return first.Match(
                m => m == second.AsT0 && m.GetHashCode() == second.AsT0.GetHashCode() && !m.Equals(null),
                u => u == second.AsT1 && u.GetHashCode() == second.AsT1.GetHashCode() && !u.Equals(null)
                    && u.Candidates.Zip(second.AsT1.Candidates).All(p => p.First == p.Second && p.First.GetHashCode() == p.Second.GetHashCode()));
        });

    private static AgencyKind Copy(AgencyKind k) =>
        new(k.Id, k.Name, k.EnglishName, k.Level, k.Abbreviation, k.Aliases.ToArray(), k.ValidFrom, k.ValidTo,
            k.Successions.Select(s => new AgencySuccession(s.Subject, s.SuccessorId, s.EffectiveDate, s.Instrument, s.IsConfirmed)).ToArray());
}

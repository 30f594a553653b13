using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

public class AdministrativeUnitRegistryProperties
{
    private static readonly AdministrativeUnitRegistry Registry = HoanKiemFixture.Registry;

    private static readonly Gen<LocalDate> DateGen =
        Gen.Choose(0, 365 * 40).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    private static readonly Gen<AdministrativeUnit> UnitGen = Gen.Elements(Registry.Units.ToArray());

    // A unit and a date on which it is valid: a day within its validity, clamped to 2000–2039 for open ends.
    private static readonly Gen<(AdministrativeUnit Unit, LocalDate Date)> ValidUnitOnDateGen =
        from unit in UnitGen
        from offset in Gen.Choose(0, 5000)
        let start = unit.ValidFrom ?? new LocalDate(2000, 1, 1)
        let candidate = start.PlusDays(offset)
        select (unit, unit.ValidTo is { } end && candidate > end ? end : candidate);

    private static readonly Gen<Func<string, string>> VariantGen = Gen.Elements<Func<string, string>>(
        name => name,
        VietnameseText.RemoveDiacritics,
        name => name.ToUpperInvariant(),
        name => name.ToLowerInvariant(),
        name => name.Normalize(NormalizationForm.FormD),
        name => VietnameseText.NormalizeTonePlacement(name, ToneMarkStyle.New),
        name => name.Replace(" - ", "-", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal),
        name => "  " + name + "\u00A0");

    [Property(MaxTest = 10_000)]
    public void FindByName_ArbitraryString_NeverThrows(NonNull<string> input, int days)
    {
        var date = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(days % 20_000));
        var result = Registry.FindByName(input.Get, date);
        if (result.TryPickT0(out var unit, out var failure))
        {
            Assert.True(unit.IsValidOn(date));
        }
        else
        {
            Assert.True(Enum.IsDefined(failure.Reason));
        }
    }

    [Property(MaxTest = 10_000)]
    public Property FindByName_NameVariantOfAUnitValidOnTheDate_FindsItOrReportsAmbiguity() =>
        Prop.ForAll(Arb.From(ValidUnitOnDateGen), Arb.From(VariantGen), Arb.From(Gen.Elements(true, false)), (pair, variant, prefixed) =>
        {
            var (unit, date) = pair;
            var query = variant(prefixed ? unit.FullName : unit.Name);
            return Registry.FindByName(query, date, unit.Level).Match(
                found => found == unit,
                failure => failure.Reason == UnitLookupFailureReason.Ambiguous && failure.Candidates.Contains(unit));
        });

    [Property(MaxTest = 10_000)]
    public Property GetSuccessorsOn_IsIdempotentAndLandsOnUnitsValidOnTheDate() =>
        Prop.ForAll(Arb.From(UnitGen), Arb.From(DateGen), (unit, date) =>
            Registry.GetSuccessorsOn(unit, date).Match(
                successors => successors.Count > 0
                    && successors.All(successor => successor.IsValidOn(date) && successor.Level == unit.Level)
                    && successors.All(successor => Registry.GetSuccessorsOn(successor, date).AsT0.SequenceEqual([successor])),
                failure => failure.Reason switch
                {
                    UnitLookupFailureReason.DateBeforeUnit => unit.ValidFrom > date,
                    UnitLookupFailureReason.NoSuccessor => unit.Level == AdministrativeLevel.District && date > unit.ValidTo,
                    _ => false,
                }));

    [Property(MaxTest = 10_000)]
    public Property FindByCode_ReturnsTheOnlyRecordOfThatCodeValidOnTheDate() =>
        Prop.ForAll(Arb.From(UnitGen), Arb.From(DateGen), (unit, date) =>
        {
            var expected = Registry.Units.Where(record => record.Code == unit.Code && record.IsValidOn(date)).ToArray();
            return Registry.FindByCode(unit.Code, date).Match(
                found => expected.SequenceEqual([found]),
                failure => expected.Length == 0 && failure.Reason == UnitLookupFailureReason.NotValidOnDate && failure.Candidates.Contains(unit));
        });

    [Property(MaxTest = 10_000)]
    public Property UnitEquality_FollowsTheLaws() =>
        Prop.ForAll(Arb.From(UnitGen), Arb.From(UnitGen), (a, b) =>
        {
            var copy = new AdministrativeUnit(a.Code, a.Name, a.Kind, a.ValidFrom, a.ValidTo, a.ParentCode, a.SuccessorCodes, a.AlternativeNames);
            var reflexive = a.Equals(a) && a == copy && copy.Equals(a) && a.GetHashCode() == copy.GetHashCode();
            var symmetric = a.Equals(b) == b.Equals(a) && (a == b) != (a != b);
            var hash = !a.Equals(b) || a.GetHashCode() == b.GetHashCode();
            var identity = ReferenceEquals(a, b) || !a.Equals(b);
            return reflexive && symmetric && hash && identity && !a.Equals(null);
        });
}

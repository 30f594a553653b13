using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Units;

namespace VnChildProtection.Domain.Tests.Units;

/// <summary>The address reader and converter over the shipped map: any text gives a value, never an exception.</summary>
public class UnitMapProperties
{
    private static readonly AdministrativeUnitRegistry Registry = AdministrativeUnitRegistry.Default;

    private static readonly LocalDate Eve = new(2025, 6, 30);

    private static readonly AdministrativeUnit[] OldCommunes =
        [.. Registry.GetUnitsValidOn(Eve, AdministrativeLevel.Commune)];

    // Fragments of real addresses, abbreviations and noise, glued with separators.
    private static readonly Gen<string> AddressGen =
        from parts in Gen.ListOf(Gen.OneOf(
            Gen.Elements("Phường Hàng Trống", "P.", "Q. Hoàn Kiếm", "TP.", "H.", "X.", "TT.", "TX. Sơn Tây", "Hà Nội", "ha noi", "Phường 1", "Quận 3", "xã Tân Lập", "12 phố Huế", "", " ", "\u0301", "đặc khu"),
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null)))
        from separator in Gen.Elements(", ", ",", ";", " ", "\n", " - ")
        select string.Join(separator, parts);

    private static readonly Gen<LocalDate> DateGen =
        Gen.Choose(0, 365 * 40).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    [Property(MaxTest = 10_000)]
    public Property FindByAddress_AnyText_ReturnsAUnitValidOnTheDateOrATypedFailure() =>
        Prop.ForAll(Arb.From(AddressGen), Arb.From(DateGen), (address, date) =>
            Registry.FindByAddress(address, date).Match(
                unit => unit.IsValidOn(date),
                failure => Enum.IsDefined(failure.Reason)));

    [Property(MaxTest = 10_000)]
    public Property ConvertAddress_AnyText_ReturnsSuccessorsValidOnTheDateOrATypedFailure() =>
        Prop.ForAll(Arb.From(AddressGen), Arb.From(DateGen), (address, date) =>
            Registry.ConvertAddress(address, date).Match(
                conversion => conversion.Successors.Count > 0 && conversion.Successors.All(successor => successor.Unit.IsValidOn(date)),
                failure => Enum.IsDefined(failure.Reason)));

    [Property(MaxTest = 10_000)]
    public Property ConvertAddress_OldCommuneWithItsParents_FindsItAndConvertsLikeTheUnit() =>
        Prop.ForAll(Arb.From(Gen.Elements(OldCommunes)), Arb.From(Gen.Elements(true, false)), (commune, plain) =>
        {
            var district = Registry.GetParent(commune, Eve).AsT0;
            var province = Registry.GetParent(district, Eve).AsT0;
            var address = $"{commune.FullName}, {district.FullName}, {province.FullName}";
            if (plain)
            {
                address = VietnameseText.RemoveDiacritics(address).ToLowerInvariant();
            }
            var found = Registry.FindByAddress(address, Eve);
            var converted = Registry.ConvertAddress(address, new LocalDate(2026, 1, 1), Eve);
            var direct = Registry.Convert(commune, new LocalDate(2026, 1, 1));
            return found.IsT0 && found.AsT0 == commune
                ? converted.Match(conversion => direct.IsT0 && conversion == direct.AsT0, failure => direct.IsT1 && failure == direct.AsT1)
                : found.IsT1 && found.AsT1.Reason == UnitLookupFailureReason.Ambiguous && found.AsT1.Candidates.Contains(commune);
        });
}

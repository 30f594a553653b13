using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using VnChildProtection.Domain.Children;

namespace VnChildProtection.Domain.Tests.Children;

internal static class ChildrenGenerators
{
    internal static Gen<AgeBand> AgeBand { get; } = Gen.OneOf(
        Gen.Choose(1, Domain.Children.AgeBand.MaxAge).Select(Domain.Children.AgeBand.Under),
        from min in Gen.Choose(0, Domain.Children.AgeBand.MaxAge - 1)
        from max in Gen.Choose(min, Domain.Children.AgeBand.MaxAge - 1)
        select Domain.Children.AgeBand.Between(min, max),
        Gen.Choose(0, Domain.Children.AgeBand.MaxAge).Select(Domain.Children.AgeBand.AtLeast));

    /// <summary>ISO dates from 1900 to about 2100, leap days included.</summary>
    internal static Gen<LocalDate> Date { get; } =
        Gen.Choose(0, 200 * 366).Select(days => new LocalDate(1900, 1, 1).PlusDays(days));

    internal static Gen<string> AgeLikeString { get; } = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
        Gen.Elements("<", "+", "-", "–", " ", "0", "05", "1", "16", "150", "151", "99999999999", "dưới", "từ", "đủ", "đến", "tuổi", "trở", "lên", "tre", "\u0301")
            .ArrayOf()
            .Select(parts => string.Join(" ", parts)));
}

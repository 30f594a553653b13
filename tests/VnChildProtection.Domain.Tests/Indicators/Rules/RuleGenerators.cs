using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Rules;

namespace VnChildProtection.Domain.Tests.Indicators.Rules;

internal static class RuleGenerators
{
    internal static Gen<MeasureId> Measures() =>
        from indicator in Gen.Choose(1, 24)
        from letter in Gen.Choose('a', 'e')
        select new MeasureId(indicator, (char)letter);

    internal static Gen<decimal> Decimals() => Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(i => (decimal)i),
        from units in Gen.Choose(-100_000, 100_000)
        from scale in Gen.Choose(0, 6)
        select new decimal(System.Math.Abs(units), 0, 0, units < 0, (byte)scale),
        Gen.Elements(1m, -1m, 0m, 1.0m, -1.00m, decimal.MaxValue, decimal.MinValue, 0.0000001m));

    internal static Gen<ExpressionTerm> Terms() =>
        from coefficient in Decimals()
        from measure in Measures()
        from quantity in Gen.Elements(MeasureQuantity.List.ToArray())
        select new ExpressionTerm(coefficient, measure, quantity);

    internal static Gen<IndicatorExpression> Expressions() =>
        from count in Gen.Choose(0, 4)
        from terms in Gen.ArrayOf(Terms(), count)
        from constant in Decimals()
        select new IndicatorExpression(terms, constant);

    internal static Gen<IndicatorValidationRule> Rules() =>
        from id in Gen.Elements("r1", "neonatal-le-infant", "quy tắc 2", "x")
        from name in Gen.Elements("Tử vong sơ sinh ≤ tử vong dưới 1 tuổi", "pair", "\"quoted\" \\ name")
        from description in Gen.Elements<string?>(null, "Mô tả", "")
        from left in Expressions()
        from op in Gen.Elements(RuleOperator.List.ToArray())
        from right in Expressions()
        from importance in Gen.Elements(RuleImportance.List.ToArray())
        from leftStrategy in Gen.Elements(MissingValueStrategy.List.ToArray())
        from rightStrategy in Gen.Elements(MissingValueStrategy.List.ToArray())
        from levels in Gen.ArrayOf(Gen.Choose(1, 4))
        select new IndicatorValidationRule(id, name, left, op, right, importance, leftStrategy, rightStrategy, description, levels);

    internal static Gen<IndicatorValue[]> Datasets() =>
        Gen.ArrayOf(
            from unit in Gen.Elements<string?>("22", "22001", "22002", "99", null)
            from year in Gen.Choose(2023, 2025)
            from measure in Measures()
            from value in Gen.OneOf(Decimals().Select(d => (decimal?)d), Gen.Constant<decimal?>(null))
            from numerator in Gen.OneOf(Decimals().Select(d => (decimal?)d), Gen.Constant<decimal?>(null))
            select new IndicatorValue(unit is null ? null : Domain.Units.AdministrativeUnitCode.Of(unit), year, measure, numerator, numerator is null ? null : 1000m, value, new Coverage(1, 1)));
}

using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>One term of an <see cref="IndicatorExpression"/>: a coefficient times a quantity of a measure (<c>2 * CT17.a.numerator</c>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExpressionTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="coefficient">The factor the quantity is multiplied by.</param>
    /// <param name="measure">The measure read.</param>
    /// <param name="quantity">Which quantity of the measure's value; <see cref="MeasureQuantity.MeasureValue"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is the invalid default value.</exception>
    public ExpressionTerm(decimal coefficient, MeasureId measure, MeasureQuantity? quantity = null)
    {
        Preconditions.CheckArgument(measure.Indicator.Value != 0, nameof(measure), "The default MeasureId is not a measure.");
        Coefficient = coefficient;
        Measure = measure;
        Quantity = quantity ?? MeasureQuantity.MeasureValue;
    }

    /// <summary>The factor the quantity is multiplied by (1 when the text shows none).</summary>
    public decimal Coefficient { get; }

    /// <summary>The measure read.</summary>
    public MeasureId Measure { get; }

    /// <summary>Which quantity of the measure's value is read.</summary>
    public MeasureQuantity Quantity { get; }

    /// <summary>The reference without the coefficient: <c>CT3.a</c>, or <c>CT3.a.numerator</c> for another quantity than the value.</summary>
    public string Reference => Quantity == MeasureQuantity.MeasureValue ? Measure.ToString() : Measure + "." + Quantity.Name;

    /// <summary>Returns <c>2 * CT3.a.numerator</c>, or just the reference when the coefficient is 1.</summary>
    /// <returns>The text form, which <see cref="IndicatorExpression.Parse"/> reads back as a one-term expression.</returns>
    public override string ToString() =>
        Coefficient == 1m ? Reference : Coefficient.ToString(CultureInfo.InvariantCulture) + " * " + Reference;
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using OneOf;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators.Rules;

/// <summary>
/// One side of a user validation rule: a linear combination of measure quantities plus a constant, written
/// <c>CT3.a - CT3.b</c> or <c>2 * CT17.a.numerator + 5</c>.
/// </summary>
/// <remarks>
/// <para>Grammar: <c>[-] term (( + | - ) term)*</c>, where a term is a number, a measure reference, or
/// <c>number * reference</c>; a reference is a measure identifier (<c>CT3.a</c>, <c>ct03.a</c>) optionally followed by
/// <c>.value</c>, <c>.numerator</c> or <c>.denominator</c>. Numbers are invariant decimals (<c>2.5</c>) without exponent.
/// Constants are summed into <see cref="Constant"/>; terms keep their order (and may repeat a measure).</para>
/// <para><see cref="ToString"/> writes the canonical form, which <see cref="Parse"/> reads back to an equal expression.
/// Equality compares terms in order and the constant by value (<c>2.0 == 2</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record IndicatorExpression
{
    /// <summary>Creates an expression.</summary>
    /// <param name="terms">The measure terms, in order.</param>
    /// <param name="constant">The constant added.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or one of them is null.</exception>
    public IndicatorExpression(IEnumerable<ExpressionTerm> terms, decimal constant = 0m)
    {
        Terms = Preconditions.CheckNotNull(terms).ToValueList();
        Preconditions.CheckArgument(Terms.All(t => t is not null), nameof(terms), "A term cannot be null.");
        Constant = constant;
    }

    /// <summary>The measure terms, in the order written.</summary>
    public ValueList<ExpressionTerm> Terms { get; }

    /// <summary>The constant added to the terms.</summary>
    public decimal Constant { get; }

    /// <summary>An expression that reads one measure's value (<c>CT3.a</c>).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The expression.</returns>
    public static IndicatorExpression Of(MeasureId measure) => new([new ExpressionTerm(1m, measure)]);

    /// <summary>Parses the text form (see the remarks); input is NFC-normalised, dashes and <c>×</c> accepted.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The expression, or an error with code <see cref="IndicatorErrorCodes.RuleExpressionInvalid"/> and the position of the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<IndicatorExpression, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var s = VietnameseText.NormalizeDashes(VietnameseText.Normalize(text)).Replace('×', '*');
        var terms = new List<ExpressionTerm>();
        var constant = 0m;
        var pos = 0;
        var first = true;
        while (true)
        {
            SkipSpace(s, ref pos);
            var sign = 1m;
            if (pos < s.Length && (s[pos] == '+' || s[pos] == '-') && !(first && s[pos] == '+'))
            {
                sign = s[pos] == '-' ? -1m : 1m;
                pos++;
                SkipSpace(s, ref pos);
            }
            else if (!first)
            {
                return Error(s, pos, "Expected + or - between terms.");
            }
            if (pos >= s.Length)
            {
                return Error(s, pos, first ? "The expression is empty." : "Expected a term after the sign.");
            }
            if (char.IsAsciiDigit(s[pos]))
            {
                var start = pos;
                while (pos < s.Length && (char.IsAsciiDigit(s[pos]) || s[pos] == '.'))
                {
                    pos++;
                }
                if (!decimal.TryParse(s.AsSpan(start, pos - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return Error(s, start, "Not a number (digits with at most one decimal point).", pos - start);
                }
                var afterNumber = pos;
                SkipSpace(s, ref pos);
                if (pos < s.Length && s[pos] == '*')
                {
                    pos++;
                    SkipSpace(s, ref pos);
                    var reference = ReadReference(s, ref pos);
                    if (!reference.TryPickT0(out var term, out var error))
                    {
                        return error;
                    }
                    terms.Add(new ExpressionTerm(sign * number, term.Measure, term.Quantity));
                }
                else
                {
                    pos = afterNumber;
                    try
                    {
                        constant += sign * number;
                    }
                    catch (OverflowException)
                    {
                        return Error(s, start, "The constants add up to more than a decimal holds.", afterNumber - start);
                    }
                }
            }
            else
            {
                var reference = ReadReference(s, ref pos);
                if (!reference.TryPickT0(out var term, out var error))
                {
                    return error;
                }
                terms.Add(new ExpressionTerm(sign, term.Measure, term.Quantity));
            }
            first = false;
            SkipSpace(s, ref pos);
            if (pos >= s.Length)
            {
                return new IndicatorExpression(terms, constant);
            }
        }
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of an error.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="expression">The expression when successful.</param>
    /// <returns>Whether the text was an expression.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IndicatorExpression? expression)
    {
        expression = null;
        return text is not null && Parse(text).TryPickT0(out expression, out _);
    }

    /// <summary>Returns the canonical text: terms in order (<c>-2 * CT3.a + CT3.b.numerator</c>), then a non-zero constant (<c>- 5</c>), or the constant alone.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back to an equal expression.</returns>
    public override string ToString()
    {
        if (Terms.Count == 0)
        {
            return Constant.ToString(CultureInfo.InvariantCulture);
        }
        var text = new StringBuilder();
        foreach (var term in Terms)
        {
            var magnitude = Math.Abs(term.Coefficient);
            var body = magnitude == 1m ? term.Reference : magnitude.ToString(CultureInfo.InvariantCulture) + " * " + term.Reference;
            AppendSigned(text, term.Coefficient < 0m, body);
        }
        if (Constant != 0m)
        {
            AppendSigned(text, Constant < 0m, Math.Abs(Constant).ToString(CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public bool Equals(IndicatorExpression? other) =>
        other is not null && Terms.Equals(other.Terms) && Constant == other.Constant;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Terms, Constant);

    private static void AppendSigned(StringBuilder text, bool negative, string body)
    {
        if (text.Length == 0)
        {
            text.Append(negative ? "-" : string.Empty).Append(body);
        }
        else
        {
            text.Append(negative ? " - " : " + ").Append(body);
        }
    }

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos]))
        {
            pos++;
        }
    }

    private static OneOf<ExpressionTerm, ParseError> ReadReference(string s, ref int pos)
    {
        var start = pos;
        while (pos < s.Length && (char.IsLetterOrDigit(s[pos]) || s[pos] == '.' || s[pos] == '_'))
        {
            pos++;
        }
        if (pos == start)
        {
            return Error(s, start, "Expected a number or a measure such as CT3.a.");
        }
        var token = s[start..pos];
        var quantity = MeasureQuantity.MeasureValue;
        var lastDot = token.LastIndexOf('.');
        if (lastDot > 0 && MeasureQuantity.TryFromName(token[(lastDot + 1)..].ToLowerInvariant(), out var named))
        {
            quantity = named;
            token = token[..lastDot];
        }
        if (!MeasureId.TryParse(token, out var measure))
        {
            return Error(s, start, "Not a measure reference such as CT3.a or CT3.a.numerator.", pos - start);
        }
        return new ExpressionTerm(1m, measure, quantity);
    }

    private static ParseError Error(string s, int pos, string message, int length = 0)
    {
        var at = Math.Min(pos, s.Length);
        var len = Math.Min(Math.Max(length, at < s.Length ? 1 : 0), s.Length - at);
        return new ParseError(IndicatorErrorCodes.RuleExpressionInvalid, message, at, len, s.Substring(at, len));
    }
}

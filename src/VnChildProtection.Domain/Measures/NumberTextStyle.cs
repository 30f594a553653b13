namespace VnChildProtection.Domain.Measures;

/// <summary>
/// Which written convention a number uses: the Vietnamese one found in plan documents
/// (decimal comma, thousands dot: <c>4,5</c>, <c>1.000</c>) or the invariant one used in data
/// exchange (decimal point, no grouping: <c>4.5</c>, <c>1000</c>).
/// </summary>
/// <remarks>
/// <para>The two styles give opposite meanings to <c>1.000</c> (one thousand in Vietnamese, one in
/// invariant), so a parser must be told which one it reads; every measure's <c>Parse</c> takes the
/// Vietnamese style unless told otherwise.</para>
/// </remarks>
public enum NumberTextStyle
{
    /// <summary>Vietnamese: decimal comma, <c>.</c> groups thousands (<c>1.000</c>, <c>2.500.000</c>, <c>4,5</c>).</summary>
    Vietnamese = 0,

    /// <summary>Invariant: decimal point, no thousands separator (<c>1000</c>, <c>4.5</c>).</summary>
    Invariant = 1,
}

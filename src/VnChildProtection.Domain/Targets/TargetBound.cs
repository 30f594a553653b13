namespace VnChildProtection.Domain.Targets;

/// <summary>How a milestone value bounds the indicator: <c>đạt</c> (at least), <c>trên</c> (above),
/// <c>xuống</c> / <c>không quá</c> (at most) or <c>dưới</c> (below).</summary>
/// <remarks>Decision 23/QĐ-TTg uses both <c>xuống 12,5</c> (at most) and <c>dưới 9,5</c> (strictly below) in the same indicator.</remarks>
public enum TargetBound
{
    /// <summary>The value must be at least the milestone (<c>đạt 90%</c>, <c>100% trẻ em ... được</c>).</summary>
    AtLeast = 1,

    /// <summary>The value must exceed the milestone (<c>trên 90%</c>).</summary>
    Above = 2,

    /// <summary>The value must not exceed the milestone (<c>xuống 4,9%</c>, <c>xuống còn 16/100.000</c>, <c>không quá</c>).</summary>
    AtMost = 3,

    /// <summary>The value must be strictly below the milestone (<c>dưới 4,5%</c>).</summary>
    Below = 4,
}

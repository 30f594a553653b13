namespace VnChildProtection.Domain.Units;

/// <summary>How much of an ended unit's territory passed to one of its successors.</summary>
/// <remarks>
/// The 2025 resolutions of the National Assembly Standing Committee word a split unit's parts as "một phần diện tích
/// tự nhiên, quy mô dân số" of the old unit for the units that took a part, and "phần còn lại sau khi sáp nhập vào …"
/// for the unit that took what was left. This type is immutable and thread-safe.
/// </remarks>
public enum UnitShare
{
    /// <summary>The whole unit passed to this successor (its only successor).</summary>
    Whole = 0,

    /// <summary>A part of the unit passed to this successor; other successors took the rest.</summary>
    Part = 1,

    /// <summary>What was left of the unit after the parts named in the wording went to other successors.</summary>
    Remainder = 2,
}

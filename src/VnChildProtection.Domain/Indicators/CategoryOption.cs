using System;
using System.Collections.Generic;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// One option of a <see cref="Category"/>: female (nữ), rural (nông thôn), an ethnic minority, under 5 years of age.
/// </summary>
/// <remarks>
/// <para>Identity is the category and the <see cref="Code"/>; an age option's code is its band's canonical text
/// (<c>&lt;5</c>, <c>5-17</c>, <c>16+</c>), so two spellings of one band are one option.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CategoryOption : IEquatable<CategoryOption>, IComparable<CategoryOption>
{
    /// <summary>Male (nam).</summary>
    public static readonly CategoryOption Male = new(Category.Sex, "male", "Nam", "Male", null, 1);

    /// <summary>Female (nữ).</summary>
    public static readonly CategoryOption Female = new(Category.Sex, "female", "Nữ", "Female", null, 2);

    /// <summary>Urban (thành thị).</summary>
    public static readonly CategoryOption Urban = new(Category.Area, "urban", "Thành thị", "Urban", null, 1);

    /// <summary>Rural (nông thôn).</summary>
    public static readonly CategoryOption Rural = new(Category.Area, "rural", "Nông thôn", "Rural", null, 2);

    /// <summary>An ethnic minority (dân tộc thiểu số).</summary>
    public static readonly CategoryOption EthnicMinority = new(Category.Ethnicity, "minority", "Dân tộc thiểu số", "Ethnic minority", null, 1);

    /// <summary>The Kinh majority (dân tộc Kinh).</summary>
    public static readonly CategoryOption Kinh = new(Category.Ethnicity, "kinh", "Dân tộc Kinh", "Kinh (majority)", null, 2);

    /// <summary>With a disability (khuyết tật).</summary>
    public static readonly CategoryOption WithDisability = new(Category.Disability, "disabled", "Khuyết tật", "With a disability", null, 1);

    /// <summary>Without a disability (không khuyết tật).</summary>
    public static readonly CategoryOption WithoutDisability = new(Category.Disability, "not-disabled", "Không khuyết tật", "Without a disability", null, 2);

    internal static readonly IReadOnlyList<CategoryOption> SexOptions = [Male, Female];
    internal static readonly IReadOnlyList<CategoryOption> AreaOptions = [Urban, Rural];
    internal static readonly IReadOnlyList<CategoryOption> EthnicityOptions = [EthnicMinority, Kinh];
    internal static readonly IReadOnlyList<CategoryOption> DisabilityOptions = [WithDisability, WithoutDisability];

    private readonly int _order;

    private CategoryOption(Category category, string code, string vietnameseName, string englishName, AgeBand? ageBand, int order)
    {
        Category = category;
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        AgeBand = ageBand;
        _order = order;
    }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The code: <c>male</c>, <c>female</c>, <c>urban</c>, <c>rural</c>, <c>minority</c>, <c>kinh</c>,
    /// <c>disabled</c>, <c>not-disabled</c>, or an age band's text (<c>&lt;5</c>).</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name (<c>Nữ</c>, <c>dưới 5 tuổi</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The age band of an <see cref="Category.Age"/> option; null for the others.</summary>
    public AgeBand? AgeBand { get; }

    /// <summary>The age option for a band.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    public static CategoryOption ForAge(AgeBand band)
    {
        Preconditions.CheckNotNull(band);
        return new(Category.Age, band.ToString(), band.ToVietnameseString(), band.ToString(), band, band.MinimumAge);
    }

    /// <inheritdoc />
    public bool Equals(CategoryOption? other) =>
        other is not null && Category == other.Category && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CategoryOption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Category.Value, StringComparer.Ordinal.GetHashCode(Code));

    /// <summary>Orders by category, then in the category's usual order (male before female; age bands by their youngest age).</summary>
    /// <param name="other">The other option.</param>
    /// <returns>The order.</returns>
    public int CompareTo(CategoryOption? other)
    {
        if (other is null)
        {
            return 1;
        }
        var c = Category.Value.CompareTo(other.Category.Value);
        if (c != 0)
        {
            return c;
        }
        c = _order.CompareTo(other._order);
        return c != 0 ? c : string.CompareOrdinal(Code, other.Code);
    }

    /// <summary>Returns <c>category=code</c>, e.g. <c>sex=female</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Category.Code + "=" + Code;

    /// <summary>Value equality.</summary>
    public static bool operator ==(CategoryOption? left, CategoryOption? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(CategoryOption? left, CategoryOption? right) => !Equals(left, right);
}

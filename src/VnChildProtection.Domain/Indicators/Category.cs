using System;
using System.Collections.Generic;
using OneOf;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Indicators;

/// <summary>
/// A dimension by which counts are disaggregated (phân tổ), as the national indicators and the statistics circular for
/// children (Thông tư 13/2021/TT-BLĐTBXH) require: sex, age group, urban or rural area, ethnic minority, disability.
/// </summary>
/// <remarks>
/// <para><see cref="Code"/> is the column name in the observations CSV and the key in a <see cref="DisaggregationKey"/>'s
/// text (<c>sex=female;age=&lt;5</c>). Every category except <see cref="Age"/> has a fixed list of options; age options
/// are the <see cref="AgeBand"/>s a measure's <see cref="CategoryCombination"/> declares.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class Category : ClosedSet<Category>, IClosedSet<Category>
{
    /// <summary>Sex (giới tính): male, female.</summary>
    public static readonly Category Sex = new(nameof(Sex), 1, "sex", "Giới tính", "Sex");

    /// <summary>Age group (nhóm tuổi): bands of completed years (<see cref="AgeBand"/>).</summary>
    public static readonly Category Age = new(nameof(Age), 2, "age", "Nhóm tuổi", "Age group");

    /// <summary>Area of residence (khu vực): urban (thành thị) or rural (nông thôn).</summary>
    public static readonly Category Area = new(nameof(Area), 3, "area", "Khu vực", "Urban or rural area");

    /// <summary>Ethnicity (dân tộc): an ethnic minority (dân tộc thiểu số) or the Kinh majority.</summary>
    public static readonly Category Ethnicity = new(nameof(Ethnicity), 4, "ethnicity", "Dân tộc", "Ethnic minority");

    /// <summary>Disability (khuyết tật): with or without a disability.</summary>
    public static readonly Category Disability = new(nameof(Disability), 5, "disability", "Khuyết tật", "Disability");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<Category> IClosedSet<Category>.Members { get; } = [Sex, Age, Area, Ethnicity, Disability];

    private Category(string name, int value, string code, string vietnameseName, string englishName)
        : base(name, value)
    {
        Code = code;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The code: <c>sex</c>, <c>age</c>, <c>area</c>, <c>ethnicity</c>, <c>disability</c>.</summary>
    public string Code { get; }

    /// <summary>The Vietnamese name (<c>Giới tính</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>The English name (<c>Sex</c>).</summary>
    public string EnglishName { get; }

    /// <summary>The fixed options in their usual order (male, female; urban, rural; …); empty for <see cref="Age"/>,
    /// whose options are age bands.</summary>
    public IReadOnlyList<CategoryOption> FixedOptions =>
        this == Sex ? CategoryOption.SexOptions
        : this == Area ? CategoryOption.AreaOptions
        : this == Ethnicity ? CategoryOption.EthnicityOptions
        : this == Disability ? CategoryOption.DisabilityOptions
        : [];

    /// <summary>Finds a category by its <see cref="Code"/>, ignoring case.</summary>
    /// <param name="code">The code, e.g. <c>sex</c>.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>Whether a category has that code.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Category? category)
    {
        foreach (var c in List)
        {
            if (string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }
        category = null;
        return false;
    }

    /// <summary>Reads an option of this category: its code (<c>female</c>, <c>urban</c>), its Vietnamese name with or
    /// without diacritics (<c>nữ</c>, <c>nong thon</c>), or for <see cref="Age"/> an age band (<c>&lt;5</c>, <c>5-17</c>,
    /// <c>dưới 5 tuổi</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The option, or a <see cref="ParseError"/> with code <see cref="IndicatorErrorCodes.CategoryOptionUnknown"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public OneOf<CategoryOption, ParseError> ParseOption(string text)
    {
        Preconditions.CheckNotNull(text);
        if (this == Age)
        {
            return AgeBand.Parse(text).Match<OneOf<CategoryOption, ParseError>>(
                band => CategoryOption.ForAge(band),
                error => new ParseError(IndicatorErrorCodes.CategoryOptionUnknown, "Not an age band: " + error.Message, error.Position, error.Length, error.Fragment));
        }
        var key = VietnameseText.ToMatchKey(text);
        foreach (var option in FixedOptions)
        {
            if (string.Equals(option.Code, text.Trim(), StringComparison.OrdinalIgnoreCase) || VietnameseText.ToMatchKey(option.VietnameseName) == key)
            {
                return option;
            }
        }
        return new ParseError(IndicatorErrorCodes.CategoryOptionUnknown,
            "Expected one of " + string.Join(", ", CodesOf(FixedOptions)) + " for " + Code + ".", 0, text.Length, text);
    }

    private static IEnumerable<string> CodesOf(IReadOnlyList<CategoryOption> options)
    {
        foreach (var option in options)
        {
            yield return option.Code;
        }
    }
}

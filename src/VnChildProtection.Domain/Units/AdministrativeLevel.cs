using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Units;

/// <summary>
/// A level of local administration (<c>cấp đơn vị hành chính</c>): province, district or commune.
/// </summary>
/// <remarks>
/// <para>Until 30 June 2025 Vietnam had three levels (Constitution 2013 art. 110; Law on the Organisation of
/// Local Government 2015). From 1 July 2025 the district level is abolished and local government has two levels,
/// province and commune (Constitution as amended by Resolution 203/2025/QH15; Law on the Organisation of Local
/// Government 72/2025/QH15).</para>
/// <para>The value is the depth (1 = province); <see cref="CodeLength"/> is the number of digits of the
/// official code at that level (Decision 124/2004/QĐ-TTg; Decision 19/2025/QĐ-TTg).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AdministrativeLevel : ClosedSet<AdministrativeLevel>, IClosedSet<AdministrativeLevel>
{
    /// <summary>Province level (<c>cấp tỉnh</c>): provinces and centrally-run cities; 2-digit codes.</summary>
    public static readonly AdministrativeLevel Province = new(nameof(Province), 1, "cấp tỉnh", "province level", 2);

    /// <summary>
    /// District level (<c>cấp huyện</c>): urban and rural districts, district towns and cities under a province;
    /// 3-digit codes. Abolished from 1 July 2025.
    /// </summary>
    public static readonly AdministrativeLevel District = new(nameof(District), 2, "cấp huyện", "district level", 3);

    /// <summary>Commune level (<c>cấp xã</c>): communes, wards, townships and special zones; 5-digit codes.</summary>
    public static readonly AdministrativeLevel Commune = new(nameof(Commune), 3, "cấp xã", "commune level", 5);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<AdministrativeLevel> IClosedSet<AdministrativeLevel>.Members { get; } = [Province, District, Commune];

    private AdministrativeLevel(string name, int value, string vietnameseName, string englishName, int codeLength)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        CodeLength = codeLength;
    }

    /// <summary>The Vietnamese term, e.g. <c>cấp tỉnh</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>An English description, e.g. <c>province level</c>.</summary>
    public string EnglishName { get; }

    /// <summary>The number of digits of an official code at this level (2, 3 or 5).</summary>
    public int CodeLength { get; }
}

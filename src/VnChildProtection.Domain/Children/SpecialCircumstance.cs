using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Children;

/// <summary>
/// The fourteen groups of children in special circumstances (trẻ em có hoàn cảnh đặc biệt) listed by the
/// Law on Children 2016 (Luật Trẻ em số 102/2016/QH13), article 10, clause 1, points a to o.
/// </summary>
/// <remarks>
/// <para>Instances are in the law's order; <c>Value</c> is the position (1–14) and
/// <see cref="Letter"/> the point's letter. Vietnamese lettering skips <c>f</c> and <c>j</c> and keeps
/// <c>đ</c> after <c>d</c>, so <c>d</c> (disabilities) and <c>đ</c> (HIV/AIDS) are different points.</para>
/// <para><see cref="VietnameseName"/> is the law's wording without the trailing semicolon. Article 10, clause 2
/// leaves the detailed definitions and the support policies to the Government (Decree 56/2017/NĐ-CP).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SpecialCircumstance : ClosedSet<SpecialCircumstance>, IClosedSet<SpecialCircumstance>
{
    /// <summary>a) Trẻ em mồ côi cả cha và mẹ: orphaned of both parents.</summary>
    public static readonly SpecialCircumstance OrphanedOfBothParents = new(nameof(OrphanedOfBothParents), 1, "a",
        "Trẻ em mồ côi cả cha và mẹ", "Children orphaned of both parents");

    /// <summary>b) Trẻ em bị bỏ rơi: abandoned.</summary>
    public static readonly SpecialCircumstance Abandoned = new(nameof(Abandoned), 2, "b",
        "Trẻ em bị bỏ rơi", "Abandoned children");

    /// <summary>c) Trẻ em không nơi nương tựa: without a place to rely on.</summary>
    public static readonly SpecialCircumstance WithoutPlaceToRelyOn = new(nameof(WithoutPlaceToRelyOn), 3, "c",
        "Trẻ em không nơi nương tựa", "Children without a place to rely on");

    /// <summary>d) Trẻ em khuyết tật: with disabilities.</summary>
    public static readonly SpecialCircumstance WithDisabilities = new(nameof(WithDisabilities), 4, "d",
        "Trẻ em khuyết tật", "Children with disabilities");

    /// <summary>đ) Trẻ em nhiễm HIV/AIDS: living with HIV/AIDS.</summary>
    public static readonly SpecialCircumstance WithHivAids = new(nameof(WithHivAids), 5, "đ",
        "Trẻ em nhiễm HIV/AIDS", "Children living with HIV/AIDS");

    /// <summary>e) Trẻ em vi phạm pháp luật: in conflict with the law.</summary>
    public static readonly SpecialCircumstance InConflictWithLaw = new(nameof(InConflictWithLaw), 6, "e",
        "Trẻ em vi phạm pháp luật", "Children in conflict with the law");

    /// <summary>g) Trẻ em nghiện ma túy: drug-addicted.</summary>
    public static readonly SpecialCircumstance DrugAddicted = new(nameof(DrugAddicted), 7, "g",
        "Trẻ em nghiện ma túy", "Drug-addicted children");

    /// <summary>h) Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở: dropped out to earn a living.</summary>
    public static readonly SpecialCircumstance DroppedOutToEarnLiving = new(nameof(DroppedOutToEarnLiving), 8, "h",
        "Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở",
        "Children who dropped out of school to earn a living before completing lower-secondary education");

    /// <summary>i) Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực: seriously harmed by violence.</summary>
    public static readonly SpecialCircumstance SeriouslyHarmedByViolence = new(nameof(SeriouslyHarmedByViolence), 9, "i",
        "Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực",
        "Children seriously harmed physically and mentally by violence");

    /// <summary>k) Trẻ em bị bóc lột: exploited.</summary>
    public static readonly SpecialCircumstance Exploited = new(nameof(Exploited), 10, "k",
        "Trẻ em bị bóc lột", "Exploited children");

    /// <summary>l) Trẻ em bị xâm hại tình dục: sexually abused.</summary>
    public static readonly SpecialCircumstance SexuallyAbused = new(nameof(SexuallyAbused), 11, "l",
        "Trẻ em bị xâm hại tình dục", "Sexually abused children");

    /// <summary>m) Trẻ em bị mua bán: trafficked.</summary>
    public static readonly SpecialCircumstance Trafficked = new(nameof(Trafficked), 12, "m",
        "Trẻ em bị mua bán", "Trafficked children");

    /// <summary>n) Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo: seriously or long-term ill in a poor or near-poor household.</summary>
    public static readonly SpecialCircumstance SeriouslyIllInPoorHousehold = new(nameof(SeriouslyIllInPoorHousehold), 13, "n",
        "Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo",
        "Children with a severe or long-term illness in a poor or near-poor household");

    /// <summary>o) Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc: migrant, refugee or asylum-seeking without known parents or caregiver.</summary>
    public static readonly SpecialCircumstance MigrantOrRefugeeWithoutCaregiver = new(nameof(MigrantOrRefugeeWithoutCaregiver), 14, "o",
        "Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc",
        "Migrant, refugee or asylum-seeking children whose parents are unknown or who have no caregiver");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<SpecialCircumstance> IClosedSet<SpecialCircumstance>.Members { get; } = [OrphanedOfBothParents, Abandoned, WithoutPlaceToRelyOn, WithDisabilities, WithHivAids, InConflictWithLaw, DrugAddicted, DroppedOutToEarnLiving, SeriouslyHarmedByViolence, Exploited, SexuallyAbused, Trafficked, SeriouslyIllInPoorHousehold, MigrantOrRefugeeWithoutCaregiver];

    private SpecialCircumstance(string name, int value, string letter, string vietnameseName, string englishName)
        : base(name, value)
    {
        Letter = letter;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The point's letter in article 10, clause 1 (<c>a</c> … <c>o</c>, with <c>đ</c>; no <c>f</c> or <c>j</c>).</summary>
    public string Letter { get; }

    /// <summary>The law's wording (<c>Trẻ em khuyết tật</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>An English rendering (<c>Children with disabilities</c>).</summary>
    public string EnglishName { get; }

    /// <summary>The legal citation, e.g. <c>Luật Trẻ em 2016, điều 10 khoản 1 điểm a</c>.</summary>
    public string Citation => "Luật Trẻ em 2016, điều 10 khoản 1 điểm " + Letter;

    /// <summary>
    /// Finds a group by its letter: <c>a</c>, <c>A</c>, <c>a)</c>, <c>điểm a</c>, <c>đ</c>, <c>Đ</c>. A plain
    /// <c>d</c> is point d (disabilities), never <c>đ</c>.
    /// </summary>
    /// <param name="letter">The letter as written.</param>
    /// <returns>The group, or a <see cref="ParseError"/> with code <c>SPECIAL-CIRCUMSTANCE-LETTER</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is null.</exception>
    public static OneOf<SpecialCircumstance, ParseError> ParseLetter(string letter)
    {
        Preconditions.CheckNotNull(letter);
        var text = VietnameseText.Normalize(letter);
        var key = text.ToLowerInvariant();
        if (key.StartsWith("điểm ", StringComparison.Ordinal))
        {
            key = key[5..].TrimStart();
        }
        key = key.TrimEnd(')', '.', ' ');
        foreach (var candidate in List)
        {
            if (candidate.Letter == key)
            {
                return candidate;
            }
        }
        return new ParseError(ChildErrorCodes.SpecialCircumstanceLetter,
            "Expected one of the letters a, b, c, d, đ, e, g, h, i, k, l, m, n, o of article 10 clause 1.", 0, text.Length, text);
    }

    /// <summary>Tries to find a group by its letter (see <see cref="ParseLetter"/>).</summary>
    /// <param name="letter">The letter, or null.</param>
    /// <param name="value">The group when found; null otherwise.</param>
    /// <returns>Whether a group has that letter.</returns>
    public static bool TryFromLetter([NotNullWhen(true)] string? letter, [NotNullWhen(true)] out SpecialCircumstance? value)
    {
        value = letter is null ? null : ParseLetter(letter).Match<SpecialCircumstance?>(s => s, _ => null);
        return value is not null;
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Children;

/// <summary>
/// Groups of children that plans single out for priority (nhóm trẻ em ưu tiên) besides the legal categories
/// of <see cref="SpecialCircumstance"/>: ethnic minority, poor and near-poor households, disaster-affected,
/// orphans, at risk, with disabilities, in special circumstances, abused.
/// </summary>
/// <remarks>
/// <para>These are the cohorts the seed plans name (seed 000: <c>trẻ em dân tộc thiểu số, trẻ em sống trong hộ
/// gia đình nghèo</c>; seed 002: <c>trẻ em thuộc hộ nghèo, cận nghèo</c>, <c>trẻ em bị ảnh hưởng bởi thiên tai</c>,
/// <c>trẻ em mồ côi</c>; all: <c>trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt</c>, <c>trẻ em khuyết tật</c>). They
/// overlap each other and the legal categories; a child can belong to several. Orphans here include children
/// who lost one parent, unlike point a) of article 10 (both parents).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Cohort : ClosedSet<Cohort>, IClosedSet<Cohort>
{
    /// <summary>Trẻ em dân tộc thiểu số: ethnic minority children.</summary>
    public static readonly Cohort EthnicMinority = new(nameof(EthnicMinority), 1, "trẻ em dân tộc thiểu số", "ethnic minority children");

    /// <summary>Trẻ em thuộc hộ nghèo: children in poor households.</summary>
    public static readonly Cohort PoorHousehold = new(nameof(PoorHousehold), 2, "trẻ em thuộc hộ nghèo", "children in poor households");

    /// <summary>Trẻ em thuộc hộ cận nghèo: children in near-poor households.</summary>
    public static readonly Cohort NearPoorHousehold = new(nameof(NearPoorHousehold), 3, "trẻ em thuộc hộ cận nghèo", "children in near-poor households");

    /// <summary>Trẻ em bị ảnh hưởng bởi thiên tai: children affected by natural disasters.</summary>
    public static readonly Cohort DisasterAffected = new(nameof(DisasterAffected), 4, "trẻ em bị ảnh hưởng bởi thiên tai", "children affected by natural disasters");

    /// <summary>Trẻ em mồ côi: orphans (one or both parents).</summary>
    public static readonly Cohort Orphans = new(nameof(Orphans), 5, "trẻ em mồ côi", "orphaned children");

    /// <summary>Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt: children at risk (of falling into special circumstances; Law art. 49 clause 1).</summary>
    public static readonly Cohort AtRisk = new(nameof(AtRisk), 6, "trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "children at risk");

    /// <summary>Trẻ em khuyết tật: children with disabilities (also point d of Law art. 10 clause 1).</summary>
    public static readonly Cohort WithDisabilities = new(nameof(WithDisabilities), 7, "trẻ em khuyết tật", "children with disabilities");

    /// <summary>Trẻ em có hoàn cảnh đặc biệt: children in special circumstances, any of the fourteen groups of Law art. 10.</summary>
    public static readonly Cohort InSpecialCircumstances = new(nameof(InSpecialCircumstances), 8, "trẻ em có hoàn cảnh đặc biệt", "children in special circumstances");

    /// <summary>Trẻ em bị xâm hại: abused children (xâm hại trẻ em, Law art. 4 clause 5).</summary>
    public static readonly Cohort Abused = new(nameof(Abused), 9, "trẻ em bị xâm hại", "abused children");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<Cohort> IClosedSet<Cohort>.Members { get; } = [EthnicMinority, PoorHousehold, NearPoorHousehold, DisasterAffected, Orphans, AtRisk, WithDisabilities, InSpecialCircumstances, Abused];

    private Cohort(string name, int value, string vietnameseName, string englishName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The Vietnamese name as plans write it (<c>trẻ em dân tộc thiểu số</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>The English name (<c>ethnic minority children</c>).</summary>
    public string EnglishName { get; }

    /// <summary>
    /// Finds a cohort by its Vietnamese or English name, ignoring case, diacritics, punctuation and the leading
    /// <c>trẻ em</c> and <c>thuộc</c> (<c>dân tộc thiểu số</c>, <c>hộ cận nghèo</c>, <c>tre em mo coi</c>, <c>Children at risk</c>). <c>trẻ em có nguy cơ</c>
    /// alone also means <see cref="AtRisk"/>.
    /// </summary>
    /// <param name="name">The name as written, or null.</param>
    /// <param name="value">The cohort when found; null otherwise.</param>
    /// <returns>Whether a cohort has that name.</returns>
    public static bool TryFromDisplayName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out Cohort? value)
    {
        value = null;
        if (name is null)
        {
            return false;
        }
        var key = WithoutChildPrefix(VietnameseText.ToMatchKey(name));
        if (key == "co nguy co")
        {
            value = AtRisk;
            return true;
        }
        foreach (var candidate in List)
        {
            if (key == WithoutChildPrefix(VietnameseText.ToMatchKey(candidate.VietnameseName))
                || key == VietnameseText.ToMatchKey(candidate.EnglishName))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    // "trẻ em thuộc hộ nghèo", "thuộc hộ nghèo" and "hộ nghèo" all name the same cohort.
    private static string WithoutChildPrefix(string key)
    {
        key = key.StartsWith("tre em ", StringComparison.Ordinal) ? key[7..] : key;
        return key.StartsWith("thuoc ", StringComparison.Ordinal) ? key[6..] : key;
    }
}

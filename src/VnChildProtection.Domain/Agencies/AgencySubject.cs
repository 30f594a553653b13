using System.Collections.Generic;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// A subject area of state management (lĩnh vực quản lý nhà nước) that can move from one agency to another
/// independently of the rest of the agency's work, so that a successor can depend on the subject.
/// </summary>
/// <remarks>
/// <para>The set follows the 2025 reorganisation, which split the labour-invalids-social affairs sector
/// (Lao động - Thương binh và Xã hội) by subject: child affairs, social protection and social-evils prevention to
/// Health; labour, gender equality and meritorious people to Home Affairs; vocational education to Education;
/// poverty reduction to Agriculture and Environment (Decree 42/2025/NĐ-CP for the Ministry of Health; provincial
/// transfers as reported for 1 March 2025).</para>
/// <para><see cref="General"/> stands for "everything not transferred separately".</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencySubject : ClosedSet<AgencySubject>, IClosedSet<AgencySubject>
{
    /// <summary>All of an agency's functions not listed under a more specific subject (chức năng chung).</summary>
    public static readonly AgencySubject General = new(nameof(General), 0, "chức năng chung");

    /// <summary>Children's affairs and child protection (trẻ em, bảo vệ trẻ em), Law on Children 2016.</summary>
    public static readonly AgencySubject ChildAffairs = new(nameof(ChildAffairs), 1, "trẻ em");

    /// <summary>Social protection and social assistance (bảo trợ xã hội).</summary>
    public static readonly AgencySubject SocialProtection = new(nameof(SocialProtection), 2, "bảo trợ xã hội");

    /// <summary>Prevention of social evils (phòng, chống tệ nạn xã hội).</summary>
    public static readonly AgencySubject SocialEvilsPrevention = new(nameof(SocialEvilsPrevention), 3, "phòng, chống tệ nạn xã hội");

    /// <summary>Labour, employment, wages and social insurance (lao động, việc làm).</summary>
    public static readonly AgencySubject Labour = new(nameof(Labour), 4, "lao động, việc làm");

    /// <summary>Gender equality (bình đẳng giới).</summary>
    public static readonly AgencySubject GenderEquality = new(nameof(GenderEquality), 5, "bình đẳng giới");

    /// <summary>People with meritorious services to the revolution (người có công).</summary>
    public static readonly AgencySubject MeritoriousPeople = new(nameof(MeritoriousPeople), 6, "người có công");

    /// <summary>Vocational education (giáo dục nghề nghiệp).</summary>
    public static readonly AgencySubject VocationalEducation = new(nameof(VocationalEducation), 7, "giáo dục nghề nghiệp");

    /// <summary>Poverty reduction (giảm nghèo).</summary>
    public static readonly AgencySubject PovertyReduction = new(nameof(PovertyReduction), 8, "giảm nghèo");

    /// <summary>Press and publishing (báo chí, xuất bản).</summary>
    public static readonly AgencySubject Press = new(nameof(Press), 9, "báo chí, xuất bản");

    /// <summary>Belief and religion (tín ngưỡng, tôn giáo).</summary>
    public static readonly AgencySubject Religion = new(nameof(Religion), 10, "tín ngưỡng, tôn giáo");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<AgencySubject> IClosedSet<AgencySubject>.Members { get; } = [General, ChildAffairs, SocialProtection, SocialEvilsPrevention, Labour, GenderEquality, MeritoriousPeople, VocationalEducation, PovertyReduction, Press, Religion];

    private AgencySubject(string name, int value, string vietnameseName)
        : base(name, value) => VietnameseName = vietnameseName;

    /// <summary>The Vietnamese name of the subject area.</summary>
    public string VietnameseName { get; }
}

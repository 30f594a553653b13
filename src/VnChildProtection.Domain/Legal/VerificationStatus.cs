using System.Collections.Generic;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// How far a dated legal fact the library ships (a holiday schedule, a law's date, an amendment, a reporting deadline)
/// was checked: against the instrument's own text, only against a reproduction or press report, or not at all.
/// </summary>
/// <remarks>
/// <para>Only <see cref="Verified"/> facts were read in a primary text (the instrument, or the official consolidation
/// of the Ministry of Justice, Pháp điển). <see cref="Secondary"/> facts come from a reproduction on a government portal
/// or legal-information site, or from the national press; <see cref="Unverified"/> facts are reported but no text stating
/// them was read. A host that must be sure checks every fact that is not <see cref="Verified"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class VerificationStatus : ClosedSet<VerificationStatus>, IClosedSet<VerificationStatus>
{
    /// <summary>Đã kiểm chứng: read in the instrument's text or its official consolidation.</summary>
    public static readonly VerificationStatus Verified = new(nameof(Verified), 0, "Đã kiểm chứng", "verified");

    /// <summary>Nguồn thứ cấp: read only in a reproduction (portal, legal-information site) or a press report.</summary>
    public static readonly VerificationStatus Secondary = new(nameof(Secondary), 1, "Nguồn thứ cấp", "secondary source only");

    /// <summary>Chưa kiểm chứng: reported or derived, but no text stating it was read.</summary>
    public static readonly VerificationStatus Unverified = new(nameof(Unverified), 2, "Chưa kiểm chứng", "not verified");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<VerificationStatus> IClosedSet<VerificationStatus>.Members { get; } = [Verified, Secondary, Unverified];

    private VerificationStatus(string name, int value, string vietnameseName, string englishName)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The Vietnamese name, such as <c>Nguồn thứ cấp</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, such as <c>secondary source only</c>.</summary>
    public string EnglishName { get; }
}

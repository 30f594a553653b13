using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// What an agency does for a task or indicator in the "TỔ CHỨC THỰC HIỆN" section of a plan:
/// lead (chủ trì), coordinate (phối hợp) or contribute (góp phần).
/// </summary>
/// <remarks>
/// <para>Plans assign indicators by number with these verbs, e.g. seed 003 (Quảng Ninh 2021–2030):
/// "Chủ trì tham mưu, hướng dẫn triển khai thực hiện các chỉ tiêu 3, 4, 5, 6"; seed 002 (An Giang 2024):
/// "Phối hợp đơn vị liên quan thực hiện chỉ tiêu 13, chỉ tiêu 14" and "góp phần vào thực hiện các chỉ tiêu 8, 9, 10, 13".</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ResponsibilityRole : ClosedSet<ResponsibilityRole>, IClosedSet<ResponsibilityRole>
{
    /// <summary>Leads and is accountable for the result (chủ trì).</summary>
    public static readonly ResponsibilityRole Lead = new(nameof(Lead), 1, "chủ trì", ["chủ trì", "chủ trì thực hiện", "cơ quan chủ trì", "cơ quan đầu mối"]);

    /// <summary>Works with the lead agency (phối hợp).</summary>
    public static readonly ResponsibilityRole Coordinate = new(nameof(Coordinate), 2, "phối hợp", ["phối hợp", "phối hợp với", "cơ quan phối hợp"]);

    /// <summary>Contributes to the result through its own sector's work (góp phần).</summary>
    public static readonly ResponsibilityRole Contribute = new(nameof(Contribute), 3, "góp phần", ["góp phần", "góp phần vào"]);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ResponsibilityRole> IClosedSet<ResponsibilityRole>.Members { get; } = [Lead, Coordinate, Contribute];

    private readonly string[] phraseKeys;

    private ResponsibilityRole(string name, int value, string vietnameseName, string[] phrases)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        Phrases = phrases;
        phraseKeys = phrases.Select(VietnameseText.ToMatchKey).ToArray();
    }

    /// <summary>The Vietnamese verb as written in plans (<c>chủ trì</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>The phrases that express this role, the canonical verb first.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>
    /// Recognises a role phrase written on its own (<c>"Chủ trì"</c>, <c>"phoi hop voi"</c>, <c>"Góp phần vào"</c>),
    /// accent-, case- and punctuation-insensitively.
    /// </summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="role">The role, or null when the phrase is not a role phrase.</param>
    /// <returns>Whether the phrase names a role.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public static bool TryFromPhrase(string phrase, out ResponsibilityRole? role)
    {
        var key = VietnameseText.ToMatchKey(Preconditions.CheckNotNull(phrase));
        role = List.FirstOrDefault(r => r.phraseKeys.Contains(key, StringComparer.Ordinal));
        return role is not null;
    }

    /// <summary>
    /// Lists the roles whose verbs occur in a sentence, in order of first occurrence, each once:
    /// <c>"Chủ trì, phối hợp với các đơn vị liên quan"</c> gives lead then coordinate.
    /// </summary>
    /// <param name="sentence">A sentence of a plan.</param>
    /// <returns>The roles found, possibly none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is null.</exception>
    /// <remarks>Matching is on whole words of the match key, so <c>"chủ trì"</c> inside a longer word does not count.</remarks>
    public static IReadOnlyList<ResponsibilityRole> FindIn(string sentence)
    {
        var key = " " + VietnameseText.ToMatchKey(Preconditions.CheckNotNull(sentence)) + " ";
        return List
            .Select(r => (Role: r, Index: r.IndexIn(key)))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index)
            .Select(x => x.Role)
            .ToArray();
    }

    private int IndexIn(string paddedKey) =>
        paddedKey.IndexOf(" " + phraseKeys[0] + " ", StringComparison.Ordinal);
}

using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Children;

/// <summary>
/// The three levels of child protection (cấp độ bảo vệ trẻ em) of the Law on Children 2016, article 47
/// clause 1: prevention, support and intervention, each defined in its own article (48, 49, 50).
/// </summary>
/// <remarks>
/// <para>Prevention (phòng ngừa, art. 48) applies to the community, families and every child; support (hỗ trợ,
/// art. 49) to children at risk of violence, exploitation or abandonment and children in special
/// circumstances; intervention (can thiệp, art. 50) to children who have been harmed and their families.
/// A support/intervention plan (art. 52) implements measures of the last two levels.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ProtectionLevel : ClosedSet<ProtectionLevel>, IClosedSet<ProtectionLevel>
{
    /// <summary>Cấp độ phòng ngừa: prevention (Luật Trẻ em 2016, điều 48).</summary>
    public static readonly ProtectionLevel Prevention = new(nameof(Prevention), 1, "phòng ngừa", "prevention", 48);

    /// <summary>Cấp độ hỗ trợ: support (Luật Trẻ em 2016, điều 49).</summary>
    public static readonly ProtectionLevel Support = new(nameof(Support), 2, "hỗ trợ", "support", 49);

    /// <summary>Cấp độ can thiệp: intervention (Luật Trẻ em 2016, điều 50).</summary>
    public static readonly ProtectionLevel Intervention = new(nameof(Intervention), 3, "can thiệp", "intervention", 50);

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<ProtectionLevel> IClosedSet<ProtectionLevel>.Members { get; } = [Prevention, Support, Intervention];

    private ProtectionLevel(string name, int value, string vietnameseName, string englishName, int article)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        Article = article;
    }

    /// <summary>The Vietnamese name (<c>phòng ngừa</c>, <c>hỗ trợ</c>, <c>can thiệp</c>).</summary>
    public string VietnameseName { get; }

    /// <summary>The English name (<c>prevention</c>, <c>support</c>, <c>intervention</c>).</summary>
    public string EnglishName { get; }

    /// <summary>The article of the Law on Children 2016 that defines the level (48, 49 or 50).</summary>
    public int Article { get; }

    /// <summary>The legal citation, e.g. <c>Luật Trẻ em 2016, điều 48</c>.</summary>
    public string Citation => "Luật Trẻ em 2016, điều " + Article.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Finds a level by its Vietnamese or English name, ignoring case, diacritics and a leading
    /// <c>cấp độ</c> (<c>Cấp độ can thiệp</c>, <c>ho tro</c>, <c>Prevention</c>).
    /// </summary>
    /// <param name="name">The name as written, or null.</param>
    /// <param name="value">The level when found; null otherwise.</param>
    /// <returns>Whether a level has that name.</returns>
    public static bool TryFromDisplayName([NotNullWhen(true)] string? name, [NotNullWhen(true)] out ProtectionLevel? value)
    {
        value = null;
        if (name is null)
        {
            return false;
        }
        var key = VietnameseText.ToMatchKey(name);
        if (key.StartsWith("cap do ", System.StringComparison.Ordinal))
        {
            key = key[7..];
        }
        foreach (var candidate in List)
        {
            if (key == VietnameseText.ToMatchKey(candidate.VietnameseName) || key == candidate.EnglishName)
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }
}

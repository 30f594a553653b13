using System;
using System.Globalization;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// An agency name found inside running text by <see cref="AgencyRegistry.FindMentions"/>: the kind, and where the
/// name stands in the normalised text.
/// </summary>
/// <remarks>
/// <para><see cref="Start"/> and <see cref="Length"/> index <c>VietnameseText.Normalize(text)</c> (NFC, collapsed
/// whitespace), which is also what <see cref="Text"/> is cut from; the place qualifier after the name is not
/// included.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AgencyMention : IEquatable<AgencyMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="kind">The agency kind named.</param>
    /// <param name="start">The zero-based start in the normalised text.</param>
    /// <param name="text">The name as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public AgencyMention(AgencyKind kind, int start, string text)
    {
        Kind = Preconditions.CheckNotNull(kind);
        Start = Preconditions.CheckRange(start, 0, int.MaxValue);
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>The agency kind named.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The zero-based start of the name in the normalised text.</summary>
    public int Start { get; }

    /// <summary>The length of the name in the normalised text.</summary>
    public int Length => Text.Length;

    /// <summary>The name as written (normalised).</summary>
    public string Text { get; }

    /// <inheritdoc />
    public bool Equals(AgencyMention? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && Text == other.Text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AgencyMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind.Id, Start, Text);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AgencyMention? left, AgencyMention? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AgencyMention? left, AgencyMention? right) => !Equals(left, right);

    /// <summary>The kind id and span: <c>so-y-te@120+7</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind.Id}@{Start}+{Length}");
}

using System;
using System.Globalization;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// A law or code cited by name and year without a number (<c>Luật Trẻ em năm 2016</c>, <c>Bộ luật Hình sự</c>).
/// </summary>
/// <remarks>
/// <para><b>Identity.</b> Named references are equal when kind, title (ignoring case and diacritics) and
/// <see cref="LegalReference.Year"/> agree. A named reference never equals a numbered one: resolve it to its number with
/// <see cref="KnownLawRegistry.TryResolve"/>.</para>
/// <para><b>Canonical text</b> (<see cref="ToString"/>): kind word, title, then <c> ngày d/M/yyyy</c> when the date is
/// known or <c> năm yyyy</c> when only the year is. It parses back when the title starts with a capital letter, starts
/// with <c>sửa đổi</c> (an amending law), or is a title in <see cref="KnownLawRegistry.Default"/>; other lower-case titles
/// are not recognised in running text (<c>Luật này có hiệu lực ...</c>). A date after a title is taken as the law's
/// date: in <c>... một số điều của Luật Trẻ em ngày 09/5/2017</c> the date may belong to the citing decree.</para>
/// <para>Create one with <see cref="LegalReference.Named"/> or <see cref="LegalReference.Parse"/>. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class NamedLegalReference : LegalReference
{
    private NamedLegalReference(DocumentType type, string title, int? year, LocalDate? issueDate)
        : base(year, issueDate)
    {
        Type = type;
        Title = title;
    }

    /// <summary><see cref="DocumentType.Law"/> or <see cref="DocumentType.Code"/>.</summary>
    public override DocumentType Type { get; }

    /// <summary>The title after the kind word (<c>Trẻ em</c>), NFC.</summary>
    public override string Title { get; }

    /// <summary>Returns a copy with the given issue date; a year stated without a date (<c>năm 2016</c>) must agree with it.</summary>
    /// <param name="issueDate">The new issue date, or null to remove it (the year then goes with it unless it was stated alone).</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentException">The date's year contradicts the stated year.</exception>
    public override NamedLegalReference WithIssueDate(LocalDate? issueDate)
    {
        var fixedYear = IssueDate is null ? Year : null;
        CheckDate(issueDate, fixedYear);
        return new NamedLegalReference(Type, Title, fixedYear ?? issueDate?.Year, issueDate);
    }

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title: words of letters separated by a space or <c>", "</c>.</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is malformed.</exception>
    public NamedLegalReference WithTitle(string title) => new(Type, CheckTitle(title), Year, IssueDate);

    /// <inheritdoc />
    public override TResult Match<TResult>(Func<NumberedLegalReference, TResult> numbered, Func<NamedLegalReference, TResult> named)
    {
        Preconditions.CheckNotNull(numbered);
        Preconditions.CheckNotNull(named);
        return named(this);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Type.VietnameseName + " " + Title
        + (IssueDate is not null ? DateSuffix() : Year is { } y ? " năm " + y.ToString(CultureInfo.InvariantCulture) : string.Empty);

    /// <inheritdoc />
    public override string ToLongVietnameseString() => ToString();

    /// <inheritdoc />
    public override string ToEnglishString() => Type.EnglishName + " “" + Title + "”" + EnglishWhen(withYear: true);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, VietnameseText.ToMatchKey(Title), Year);

    internal static NamedLegalReference FromParts(DocumentType type, string title, int? year, LocalDate? issueDate)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckArgument(type == DocumentType.Law || type == DocumentType.Code, nameof(type), "Only laws and codes are cited by name.");
        var normalized = CheckTitle(title);
        if (year is { } y)
        {
            Preconditions.CheckRange(y, 1000, 9999, nameof(year));
        }
        CheckDate(issueDate, year);
        return new NamedLegalReference(type, normalized, year ?? issueDate?.Year, issueDate);
    }

    private protected override bool SameIgnoringYear(LegalReference other) =>
        other is NamedLegalReference named && Type == named.Type && VietnameseText.ToMatchKey(Title) == VietnameseText.ToMatchKey(named.Title);

    private static string CheckTitle(string title)
    {
        var normalized = VietnameseText.Normalize(Preconditions.CheckNotNull(title));
        Preconditions.CheckArgument(LegalReferenceReader.IsValidTitle(normalized), nameof(title), "A title is words of letters separated by a space or a comma and a space.");
        return normalized;
    }
}

using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// A reference to a Vietnamese legal or administrative document (<em>căn cứ, trích dẫn văn bản</em>), in one of two
/// shapes: a <see cref="NumberedLegalReference"/> by number and symbol (<em>số, ký hiệu</em>: <c>56/2017/NĐ-CP</c>,
/// <c>1437/QĐ-TTg</c>, <c>20-CT/TW</c>, <c>636/LĐTBXH-TE</c>, <c>102/2016/QH13</c>) with an optional issue date, or, for
/// laws and codes cited by name, a <see cref="NamedLegalReference"/> by title and year (<c>Luật Trẻ em năm 2016</c>).
/// </summary>
/// <remarks>
/// <para>The two shapes are the only subclasses: tell them apart with a type pattern
/// (<c>reference is NumberedLegalReference numbered</c>) or <see cref="Match{TResult}"/>. What both have (kind, year,
/// issue date, title, the text forms) is declared here.</para>
/// <para><b>Identity.</b> Two references are equal when they denote the same document: see
/// <see cref="NumberedLegalReference"/> and <see cref="NamedLegalReference"/>. A named reference never equals a numbered
/// one (resolve it with <see cref="KnownLawRegistry"/> first).</para>
/// <para><b>Canonical text</b> (<see cref="ToString"/>) parses back through <see cref="Parse"/> to an equal reference of
/// the same shape, kind and date. Dates are written <c>d/M/yyyy</c> with a leading zero for days below 10 and months 1–2,
/// as Decree 30/2020/NĐ-CP prescribes (<c>09/5/2017</c>, <c>28/02/2023</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public abstract class LegalReference : IEquatable<LegalReference>
{
    private protected LegalReference(int? year, LocalDate? issueDate)
    {
        Year = year;
        IssueDate = issueDate;
    }

    /// <summary>
    /// The kind of document; null only for a bare National Assembly number such as <c>102/2016/QH13</c>, which may be a
    /// law, a code or a resolution.
    /// </summary>
    public abstract DocumentType? Type { get; }

    /// <summary>The year of the document: from the number, else from the issue date, else from <c>năm YYYY</c> of a named law; null when unknown.</summary>
    public int? Year { get; }

    /// <summary>The issue date (<em>ngày ban hành</em>) when the citation gives it.</summary>
    public LocalDate? IssueDate { get; }

    /// <summary>The title or subject, e.g. <c>Trẻ em</c> for the Law on Children: always present on a named reference, optional on a numbered one.</summary>
    public abstract string? Title { get; }

    /// <summary>
    /// Creates a reference by number and symbol; see <see cref="NumberedLegalReference"/>.
    /// </summary>
    /// <param name="type">The kind of document, or null to take it from the symbol's kind code (an official letter when the symbol has none).</param>
    /// <param name="number">The sequence number: digits with an optional lower-case letter (<c>55a</c>).</param>
    /// <param name="yearInNumber">The year written in the number, or null when the number has none.</param>
    /// <param name="symbol">The symbol, e.g. <c>NĐ-CP</c>, <c>CT/TW</c>, <c>CT-TW</c>, <c>LĐTBXH-TE</c>, <c>QH13</c>.</param>
    /// <param name="issueDate">The issue date, if known.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="symbol"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is malformed, <paramref name="type"/> contradicts the symbol, or the date's year differs from <paramref name="yearInNumber"/>.</exception>
    public static NumberedLegalReference Create(DocumentType? type, string number, int? yearInNumber, string symbol, LocalDate? issueDate = null) =>
        NumberedLegalReference.FromParts(type, number, yearInNumber, symbol, issueDate);

    /// <summary>Creates a reference to a law or code by its title (<c>Luật Trẻ em năm 2016</c>); see <see cref="NamedLegalReference"/>.</summary>
    /// <param name="type"><see cref="DocumentType.Law"/> or <see cref="DocumentType.Code"/>.</param>
    /// <param name="title">The title after the kind word, e.g. <c>Trẻ em</c>: letters in words separated by a space or <c>", "</c>.</param>
    /// <param name="year">The year (<c>năm 2016</c>), or null when the citation gives none.</param>
    /// <param name="issueDate">The issue date, if known; its year must equal <paramref name="year"/> when both are given.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is not a law or code, the title is malformed, or the years differ.</exception>
    public static NamedLegalReference Named(DocumentType type, string title, int? year = null, LocalDate? issueDate = null) =>
        NamedLegalReference.FromParts(type, title, year, issueDate);

    /// <summary>
    /// Parses a single reference such as <c>56/2017/NĐ-CP</c>, <c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>,
    /// <c>Chỉ thị số 20/CT-TW</c> (all numbered) or <c>Luật Trẻ em năm 2016</c> (named). Input is NFC-normalised first;
    /// positions in errors index that form. Never throws for bad input.
    /// </summary>
    /// <param name="text">The text, which must hold one reference and nothing else.</param>
    /// <returns>The reference (a <see cref="NumberedLegalReference"/> or a <see cref="NamedLegalReference"/>), or a
    /// <see cref="ParseError"/> with a code from <see cref="LegalErrorCodes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static OneOf<LegalReference, ParseError> Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return LegalReferenceReader.ParseExact(text, KnownLawRegistry.Default);
    }

    /// <summary>Parses like <see cref="Parse"/>, returning false instead of an error.</summary>
    /// <param name="text">The text to parse; null gives false.</param>
    /// <param name="reference">The reference when the result is true.</param>
    /// <returns>Whether <paramref name="text"/> is a valid reference.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LegalReference? reference)
    {
        reference = text is null ? null : Parse(text).Match<LegalReference?>(r => r, _ => null);
        return reference is not null;
    }

    /// <summary>Calls the function for this reference's shape.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="numbered">Called with a reference by number and symbol.</param>
    /// <param name="named">Called with a law or code cited by name.</param>
    /// <returns>What the called function returns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="numbered"/> or <paramref name="named"/> is null.</exception>
    public abstract TResult Match<TResult>(Func<NumberedLegalReference, TResult> numbered, Func<NamedLegalReference, TResult> named);

    /// <summary>Returns a copy with the given issue date (its year must agree with the year in the number or the named year).</summary>
    /// <param name="issueDate">The new issue date, or null to remove it.</param>
    /// <returns>The new reference, of the same shape.</returns>
    /// <exception cref="ArgumentException">The date's year contradicts the fixed year.</exception>
    public abstract LegalReference WithIssueDate(LocalDate? issueDate);

    /// <summary>
    /// Whether this and <paramref name="other"/> could denote the same document: equal, or equal except
    /// that one of them does not know the year (<c>06/QĐ-TTg</c> and <c>06/QĐ-TTg ngày 03/01/2029</c>).
    /// </summary>
    /// <param name="other">The other reference.</param>
    /// <returns>Whether they may denote the same document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool MayDenoteSameDocumentAs(LegalReference other)
    {
        Preconditions.CheckNotNull(other);
        return SameIgnoringYear(other) && (Year is null || other.Year is null || Year == other.Year);
    }

    /// <summary>The canonical text, which round-trips through <see cref="Parse"/> (see the type remarks).</summary>
    /// <returns>E.g. <c>56/2017/NĐ-CP ngày 09/5/2017</c>, <c>20-CT/TW</c>, <c>Luật số 102/2016/QH13</c>, <c>Luật Trẻ em năm 2016</c>.</returns>
    public abstract override string ToString();

    /// <summary>The long Vietnamese form used in the legal bases of a plan: <c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>.</summary>
    /// <returns>For a numbered reference the kind word, the title if known, <c>số</c>, the number and the date if known; for a named reference, <see cref="ToString"/>.</returns>
    public abstract string ToLongVietnameseString();

    /// <summary>An English description: <c>Decree No. 56/2017/NĐ-CP of 9 May 2017</c>, <c>Law “Trẻ em” of 2016</c>.</summary>
    /// <returns>The description.</returns>
    public abstract string ToEnglishString();

    /// <inheritdoc />
    public bool Equals(LegalReference? other) => other is not null && SameIgnoringYear(other) && Year == other.Year;

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as LegalReference);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Value equality (see the type remarks for what identity means).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both denote the same document.</returns>
    public static bool operator ==(LegalReference? left, LegalReference? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they denote different documents.</returns>
    public static bool operator !=(LegalReference? left, LegalReference? right) => !Equals(left, right);

    internal static string FormatDate(LocalDate date) =>
        (date.Day < 10 ? "0" : string.Empty) + date.Day.ToString(CultureInfo.InvariantCulture) + "/"
        + (date.Month <= 2 ? "0" : string.Empty) + date.Month.ToString(CultureInfo.InvariantCulture) + "/"
        + date.Year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Whether both are the same shape and agree on everything that identifies a document except the year.</summary>
    private protected abstract bool SameIgnoringYear(LegalReference other);

    private protected static void CheckDate(LocalDate? issueDate, int? year)
    {
        if (issueDate is { } d)
        {
            Preconditions.CheckRange(d.Year, 1000, 9999, nameof(issueDate));
            Preconditions.CheckArgument(year is null || year == d.Year, nameof(issueDate), "The issue date's year differs from the document's year.");
            Preconditions.CheckArgument(d.Calendar == CalendarSystem.Iso, nameof(issueDate), "Issue dates are in the ISO calendar.");
        }
    }

    private protected string DateSuffix() => IssueDate is { } d ? " ngày " + FormatDate(d) : string.Empty;

    /// <summary>The English <c>" of 9 May 2017"</c> or <c>" of 2016"</c>; the bare year only when <paramref name="withYear"/>.</summary>
    private protected string EnglishWhen(bool withYear) =>
        IssueDate is { } d
            ? " of " + d.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)
            : withYear && Year is { } y ? " of " + y.ToString(CultureInfo.InvariantCulture) : string.Empty;
}

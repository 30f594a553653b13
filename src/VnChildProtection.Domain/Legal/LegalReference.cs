using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;
using OneOf;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// A reference to a Vietnamese legal or administrative document (<em>căn cứ, trích dẫn văn bản</em>): either
/// by number and symbol (<em>số, ký hiệu</em>: <c>56/2017/NĐ-CP</c>, <c>1437/QĐ-TTg</c>, <c>20-CT/TW</c>,
/// <c>636/LĐTBXH-TE</c>, <c>102/2016/QH13</c>) with an optional issue date, or, for laws and codes cited by
/// name, by title and year (<c>Luật Trẻ em năm 2016</c>).
/// </summary>
/// <remarks>
/// <para>Number layout (Decree 30/2020/NĐ-CP on clerical work, Appendix I, and the practice of the seed plans):
/// <c>seq[/year]/KIND-ISSUER</c> for state bodies, <c>seq-KIND/ISSUER</c> for Party bodies
/// (Guidance 36-HD/VPTW), <c>seq/year/QH&lt;term&gt;</c> for the National Assembly, and
/// <c>seq/ISSUER-UNIT</c> for official letters. The kind code is canonicalised (<c>ND</c> → <c>NĐ</c>);
/// the issuer is kept as typed (NFC) and compared ignoring case and diacritics.</para>
/// <para><b>Identity.</b> Two numbered references are equal when they denote the same document: same
/// sequence number (ignoring leading zeros), same kind code and issuer, same <see cref="Year"/>. The year is
/// the one in the number or, for numbers without one (<c>1437/QĐ-TTg</c>), the year of the issue date;
/// the rest of the issue date, the document kind named by the citing word and the title do not take part
/// (they are what a citation says about the document, not which document it is). Numbers without a
/// year restart every year, so <c>06/QĐ-TTg</c> with no date is not equal to
/// <c>06/QĐ-TTg ngày 03/01/2029</c>; use <see cref="MayDenoteSameDocumentAs"/> for that looser question.
/// Named references are equal when kind, title (ignoring case and diacritics) and year agree; a named
/// reference never equals a numbered one (resolve it with <see cref="KnownLawRegistry"/> first).</para>
/// <para><b>Canonical text</b> (<see cref="ToString"/>): the number, in Party form for Party issuers
/// (<c>20/CT-TW</c> prints as <c>20-CT/TW</c>), followed by <c> ngày d/M/yyyy</c> when the date is known
/// (day below 10 and months 1–2 with a leading zero, as Decree 30/2020/NĐ-CP prescribes:
/// <c>09/5/2017</c>, <c>28/02/2023</c>). The kind word is prefixed only when the number does not imply
/// it (<c>Luật số 102/2016/QH13</c>). It parses back to an equal reference with the same kind and date.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LegalReference : IEquatable<LegalReference>
{
    private readonly char _codeSeparator;

    private LegalReference(
        DocumentType? type,
        string? number,
        bool hasYearInNumber,
        int? year,
        string? typeCode,
        char codeSeparator,
        string? issuer,
        LocalDate? issueDate,
        string? title)
    {
        Type = type;
        Number = number;
        HasYearInNumber = hasYearInNumber;
        Year = year;
        TypeCode = typeCode;
        _codeSeparator = codeSeparator;
        Issuer = issuer;
        IssueDate = issueDate;
        Title = title;
    }

    /// <summary>
    /// The kind of document, or null for a bare National Assembly number such as <c>102/2016/QH13</c>,
    /// which may be a law, a code or a resolution.
    /// </summary>
    public DocumentType? Type { get; }

    /// <summary>The sequence number as written (<c>56</c>, <c>06</c>, <c>55a</c>); null for a reference by name.</summary>
    public string? Number { get; }

    /// <summary>Whether the number itself carries the year (<c>56/2017/NĐ-CP</c>, required for normative documents since 2016).</summary>
    public bool HasYearInNumber { get; }

    /// <summary>The year of the document: from the number, else from the issue date, else from <c>năm YYYY</c> of a named law; null when unknown.</summary>
    public int? Year { get; }

    /// <summary>The kind code of the symbol in canonical spelling (<c>NĐ</c>, <c>QĐ</c>, <c>CT</c>), or null when the symbol has none.</summary>
    public string? TypeCode { get; }

    /// <summary>The issuer part of the symbol as typed (<c>CP</c>, <c>TTg</c>, <c>TW</c>, <c>LĐTBXH-TE</c>, <c>QH13</c>); null for a reference by name.</summary>
    public string? Issuer { get; }

    /// <summary>The symbol (<em>ký hiệu</em>) after the sequence number and year: <c>NĐ-CP</c>, <c>CT/TW</c> (Party form), <c>LĐTBXH-TE</c>.</summary>
    public string? Symbol => Issuer is null ? null : TypeCode is null ? Issuer : IsPartyForm ? TypeCode + "/" + Issuer : TypeCode + _codeSeparator + Issuer;

    /// <summary>The issue date (<em>ngày ban hành</em>) when the citation gives it.</summary>
    public LocalDate? IssueDate { get; }

    /// <summary>The title or subject, e.g. <c>Trẻ em</c> for the Law on Children; required for references by name, optional otherwise.</summary>
    public string? Title { get; }

    /// <summary>True for a reference by name and year without a number (<c>Luật Trẻ em năm 2016</c>).</summary>
    [MemberNotNullWhen(false, nameof(Number), nameof(Issuer))]
    [MemberNotNullWhen(true, nameof(Title), nameof(Type))]
    public bool IsNamed => Number is null;

    /// <summary>True when the issuer is a Party body (<c>TW</c>, <c>TU</c>, <c>HU</c>...), whose documents are numbered <c>seq-KIND/ISSUER</c>.</summary>
    public bool IsPartyDocument => Issuer is not null && IssuerConventions.IsParty(Issuer);

    private bool IsPartyForm => TypeCode is not null && !HasYearInNumber && IsPartyDocument;

    /// <summary>
    /// Creates a reference by number and symbol.
    /// </summary>
    /// <param name="type">The kind of document, or null to take it from the symbol's kind code (an official letter when the symbol has none).</param>
    /// <param name="number">The sequence number: digits with an optional lower-case letter (<c>55a</c>).</param>
    /// <param name="yearInNumber">The year written in the number, or null when the number has none.</param>
    /// <param name="symbol">The symbol, e.g. <c>NĐ-CP</c>, <c>CT/TW</c>, <c>CT-TW</c>, <c>LĐTBXH-TE</c>, <c>QH13</c>.</param>
    /// <param name="issueDate">The issue date, if known.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="symbol"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is malformed, <paramref name="type"/> contradicts the symbol, or the date's year differs from <paramref name="yearInNumber"/>.</exception>
    public static LegalReference Create(DocumentType? type, string number, int? yearInNumber, string symbol, LocalDate? issueDate = null)
    {
        Preconditions.CheckNotNull(number);
        Preconditions.CheckNotNull(symbol);
        Preconditions.CheckArgument(LegalReferenceReader.IsValidSequence(number), nameof(number), "A sequence number is 1 to 9 digits with an optional lower-case letter.");
        if (yearInNumber is { } y)
        {
            Preconditions.CheckRange(y, 1000, 9999, nameof(yearInNumber));
        }
        Preconditions.CheckArgument(LegalReferenceReader.TrySplitSymbol(VietnameseText.Normalize(symbol), out var code, out var separator, out var issuer), nameof(symbol), "The symbol must be upper-case segments separated by '-' or '/', e.g. NĐ-CP.");
        CheckDate(issueDate, yearInNumber);
        var resolved = ResolveType(type, code, issuer, out var reason);
        Preconditions.CheckArgument(reason is null, nameof(type), reason ?? string.Empty);
        return new LegalReference(resolved, number, yearInNumber is not null, yearInNumber ?? issueDate?.Year, code?.Code, separator, issuer, issueDate, null);
    }

    /// <summary>Creates a reference to a law or code by its title (<c>Luật Trẻ em năm 2016</c>).</summary>
    /// <param name="type"><see cref="DocumentType.Law"/> or <see cref="DocumentType.Code"/>.</param>
    /// <param name="title">The title after the kind word, e.g. <c>Trẻ em</c>: letters in words separated by a space or <c>", "</c>.</param>
    /// <param name="year">The year (<c>năm 2016</c>), or null when the citation gives none.</param>
    /// <param name="issueDate">The issue date, if known; its year must equal <paramref name="year"/> when both are given.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is not a law or code, the title is malformed, or the years differ.</exception>
    /// <remarks>
    /// <see cref="ToString"/> parses back when the title starts with a capital letter, starts with
    /// <c>sửa đổi</c> (an amending law), or is a title in <see cref="KnownLawRegistry.Default"/>; other
    /// lower-case titles are not recognised in running text (<c>Luật này có hiệu lực ...</c>).
    /// A date after a title is taken as the law's date: in
    /// <c>... một số điều của Luật Trẻ em ngày 09/5/2017</c> the date may belong to the citing decree.
    /// </remarks>
    public static LegalReference Named(DocumentType type, string title, int? year = null, LocalDate? issueDate = null)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckArgument(type == DocumentType.Law || type == DocumentType.Code, nameof(type), "Only laws and codes are cited by name.");
        var normalized = VietnameseText.Normalize(Preconditions.CheckNotNull(title));
        Preconditions.CheckArgument(LegalReferenceReader.IsValidTitle(normalized), nameof(title), "A title is words of letters separated by a space or a comma and a space.");
        if (year is { } y)
        {
            Preconditions.CheckRange(y, 1000, 9999, nameof(year));
        }
        CheckDate(issueDate, year);
        return new LegalReference(type, null, false, year ?? issueDate?.Year, null, '-', null, issueDate, normalized);
    }

    /// <summary>Returns a copy with the given issue date (the year must agree with the number's or the named year).</summary>
    /// <param name="issueDate">The new issue date, or null to remove it.</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentException">The date's year contradicts the year in the number.</exception>
    public LegalReference WithIssueDate(LocalDate? issueDate)
    {
        var fixedYear = HasYearInNumber || (IsNamed && IssueDate is null) ? Year : null;
        CheckDate(issueDate, fixedYear);
        return new LegalReference(Type, Number, HasYearInNumber, fixedYear ?? issueDate?.Year, TypeCode, _codeSeparator, Issuer, issueDate, Title);
    }

    /// <summary>Returns a copy with the given title or subject (for a numbered reference), e.g. from <see cref="KnownLawRegistry"/>.</summary>
    /// <param name="title">The title, or null to remove it (not allowed for a named reference).</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentException">The reference is named and <paramref name="title"/> is null or malformed.</exception>
    public LegalReference WithTitle(string? title)
    {
        var normalized = title is null ? null : VietnameseText.Normalize(title);
        Preconditions.CheckArgument(!IsNamed || (normalized is not null && LegalReferenceReader.IsValidTitle(normalized)), nameof(title), "A named reference needs a valid title.");
        return new LegalReference(Type, Number, HasYearInNumber, Year, TypeCode, _codeSeparator, Issuer, IssueDate, normalized);
    }

    /// <summary>
    /// Parses a single reference such as <c>56/2017/NĐ-CP</c>, <c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>,
    /// <c>Chỉ thị số 20/CT-TW</c> or <c>Luật Trẻ em năm 2016</c>. Input is NFC-normalised first; positions
    /// in errors index that form. Never throws for bad input.
    /// </summary>
    /// <param name="text">The text, which must hold one reference and nothing else.</param>
    /// <returns>The reference, or a <see cref="ParseError"/> with a code from <see cref="LegalErrorCodes"/>.</returns>
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
    public override string ToString()
    {
        if (IsNamed)
        {
            return Type.VietnameseName + " " + Title + DateOrYearSuffix();
        }
        var prefix = Type is not null && Type != ImpliedType(TypeCode, Issuer) ? Type.VietnameseName + " số " : string.Empty;
        return prefix + NumberText() + DateSuffix();
    }

    /// <summary>The long Vietnamese form used in the legal bases of a plan: <c>Nghị định số 56/2017/NĐ-CP ngày 09/5/2017</c>.</summary>
    /// <returns>The kind word, the title if known, <c>số</c>, the number and the date if known; for a named reference, <see cref="ToString"/>.</returns>
    public string ToLongVietnameseString() =>
        IsNamed
            ? ToString()
            : (Type?.VietnameseName ?? "Văn bản") + (Title is null ? string.Empty : " " + Title) + " số " + NumberText() + DateSuffix();

    /// <summary>An English description: <c>Decree No. 56/2017/NĐ-CP of 9 May 2017</c>, <c>Law “Trẻ em” of 2016</c>.</summary>
    /// <returns>The description.</returns>
    public string ToEnglishString()
    {
        var when = IssueDate is { } d
            ? " of " + d.ToString("d MMMM uuuu", CultureInfo.InvariantCulture)
            : Year is { } y && (IsNamed || !HasYearInNumber) ? " of " + y.ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (IsNamed)
        {
            return Type.EnglishName + " “" + Title + "”" + when;
        }
        var title = Title is null ? string.Empty : " “" + Title + "”";
        return (Type?.EnglishName ?? "National Assembly act") + " No. " + NumberText() + title + when;
    }

    /// <inheritdoc />
    public bool Equals(LegalReference? other) => other is not null && SameIgnoringYear(other) && Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LegalReference);

    /// <inheritdoc />
    public override int GetHashCode() =>
        IsNamed
            ? HashCode.Combine(Type, VietnameseText.ToMatchKey(Title), Year)
            : HashCode.Combine(NumberKey(Number), SymbolKey(), Year);

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

    internal static LegalReference CreateUnchecked(DocumentType? type, string number, int? yearInNumber, string? code, char separator, string issuer, LocalDate? issueDate) =>
        new(type, number, yearInNumber is not null, yearInNumber ?? issueDate?.Year, code, separator, issuer, issueDate, null);

    /// <summary>
    /// The kind a citation may claim for a number, or an English reason why it contradicts the symbol.
    /// </summary>
    internal static DocumentType? ResolveType(DocumentType? word, (DocumentType Type, string Code)? code, string issuer, out string? contradiction)
    {
        contradiction = null;
        if (code is { } c)
        {
            var compatible = word is null || word == c.Type || (word == DocumentType.Circular && c.Type == DocumentType.JointCircular);
            if (!compatible)
            {
                contradiction = $"The citation names a {word!.EnglishName.ToLowerInvariant()} but the symbol's code {c.Code} is a {c.Type.EnglishName.ToLowerInvariant()}.";
            }
            return c.Type;
        }
        var uncoded = IssuerConventions.UncodedKinds(issuer);
        if (uncoded is null)
        {
            return word ?? DocumentType.OfficialLetter;
        }
        if (word is not null && !uncoded.Contains(word))
        {
            contradiction = $"A {word.EnglishName.ToLowerInvariant()} cannot have a National Assembly number; expected one of: {string.Join(", ", uncoded.Select(t => t.VietnameseName))}.";
        }
        return word;
    }

    private static DocumentType? ImpliedType(string? code, string? issuer)
    {
        if (code is not null)
        {
            return DocumentType.TryFromCode(code, out var t) ? t : null;
        }
        return issuer is not null && IssuerConventions.UncodedKinds(issuer) is null ? DocumentType.OfficialLetter : null;
    }

    private static void CheckDate(LocalDate? issueDate, int? year)
    {
        if (issueDate is { } d)
        {
            Preconditions.CheckRange(d.Year, 1000, 9999, nameof(issueDate));
            Preconditions.CheckArgument(year is null || year == d.Year, nameof(issueDate), "The issue date's year differs from the document's year.");
            Preconditions.CheckArgument(d.Calendar == CalendarSystem.Iso, nameof(issueDate), "Issue dates are in the ISO calendar.");
        }
    }

    internal static string FormatDate(LocalDate date) =>
        (date.Day < 10 ? "0" : string.Empty) + date.Day.ToString(CultureInfo.InvariantCulture) + "/"
        + (date.Month <= 2 ? "0" : string.Empty) + date.Month.ToString(CultureInfo.InvariantCulture) + "/"
        + date.Year.ToString("0000", CultureInfo.InvariantCulture);

    private string NumberText()
    {
        if (IsPartyForm)
        {
            return Number + "-" + TypeCode + "/" + Issuer;
        }
        var year = HasYearInNumber ? Year!.Value.ToString(CultureInfo.InvariantCulture) + "/" : string.Empty;
        return Number + "/" + year + Symbol;
    }

    private string DateSuffix() => IssueDate is { } d ? " ngày " + FormatDate(d) : string.Empty;

    private string DateOrYearSuffix() =>
        IssueDate is not null ? DateSuffix() : Year is { } y ? " năm " + y.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private bool SameIgnoringYear(LegalReference other)
    {
        if (IsNamed != other.IsNamed)
        {
            return false;
        }
        return IsNamed
            ? Type == other.Type && VietnameseText.ToMatchKey(Title) == VietnameseText.ToMatchKey(other.Title!)
            : NumberKey(Number) == NumberKey(other.Number!) && SymbolKey() == other.SymbolKey();
    }

    private string SymbolKey() => (TypeCode is null ? string.Empty : VietnameseText.ToMatchKey(TypeCode)) + "|" + VietnameseText.ToMatchKey(Issuer!);

    // 06/QĐ-TTg and 6/QĐ-TTg are the same number; the letter of 55a is part of it.
    private static string NumberKey(string number)
    {
        var trimmed = number.TrimStart('0');
        return trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }
}

using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// A reference by number and symbol (<em>số, ký hiệu</em>): <c>56/2017/NĐ-CP</c>, <c>1437/QĐ-TTg</c>, <c>20-CT/TW</c>,
/// <c>636/LĐTBXH-TE</c>, <c>102/2016/QH13</c>, with an optional issue date and title.
/// </summary>
/// <remarks>
/// <para>Number layout (Decree 30/2020/NĐ-CP on clerical work, Appendix I, and the practice of the seed plans):
/// <c>seq[/year]/KIND-ISSUER</c> for state bodies, <c>seq-KIND/ISSUER</c> for Party bodies
/// (Guidance 36-HD/VPTW), <c>seq/year/QH&lt;term&gt;</c> for the National Assembly, and
/// <c>seq/ISSUER-UNIT</c> for official letters. The kind code is canonicalised (<c>ND</c> → <c>NĐ</c>);
/// the issuer is kept as typed (NFC) and compared ignoring case and diacritics.</para>
/// <para><b>Identity.</b> Two numbered references are equal when they denote the same document: same
/// sequence number (ignoring leading zeros), same kind code and issuer, same <see cref="LegalReference.Year"/>. The
/// year is the one in the number or, for numbers without one (<c>1437/QĐ-TTg</c>), the year of the issue date;
/// the rest of the issue date, the document kind named by the citing word and the title do not take part
/// (they are what a citation says about the document, not which document it is). Numbers without a
/// year restart every year, so <c>06/QĐ-TTg</c> with no date is not equal to
/// <c>06/QĐ-TTg ngày 03/01/2029</c>; use <see cref="LegalReference.MayDenoteSameDocumentAs"/> for that looser question.</para>
/// <para><b>Canonical text</b> (<see cref="ToString"/>): the number, in Party form for Party issuers
/// (<c>20/CT-TW</c> prints as <c>20-CT/TW</c>), followed by <c> ngày d/M/yyyy</c> when the date is known.
/// The kind word is prefixed only when the number does not imply it (<c>Luật số 102/2016/QH13</c>).</para>
/// <para>Create one with <see cref="LegalReference.Create"/> or <see cref="LegalReference.Parse"/>. This type is
/// immutable and thread-safe.</para>
/// </remarks>
public sealed class NumberedLegalReference : LegalReference
{
    private readonly char _codeSeparator;

    private NumberedLegalReference(
        DocumentType? type,
        string number,
        bool hasYearInNumber,
        int? year,
        string? typeCode,
        char codeSeparator,
        string issuer,
        LocalDate? issueDate,
        string? title)
        : base(year, issueDate)
    {
        Type = type;
        Number = number;
        HasYearInNumber = hasYearInNumber;
        TypeCode = typeCode;
        _codeSeparator = codeSeparator;
        Issuer = issuer;
        Title = title;
    }

    /// <summary>
    /// The kind of document, or null for a bare National Assembly number such as <c>102/2016/QH13</c>,
    /// which may be a law, a code or a resolution.
    /// </summary>
    public override DocumentType? Type { get; }

    /// <summary>The sequence number as written (<c>56</c>, <c>06</c>, <c>55a</c>).</summary>
    public string Number { get; }

    /// <summary>Whether the number itself carries the year (<c>56/2017/NĐ-CP</c>, required for normative documents since 2016).</summary>
    public bool HasYearInNumber { get; }

    /// <summary>The kind code of the symbol in canonical spelling (<c>NĐ</c>, <c>QĐ</c>, <c>CT</c>), or null when the symbol has none.</summary>
    public string? TypeCode { get; }

    /// <summary>The issuer part of the symbol as typed (<c>CP</c>, <c>TTg</c>, <c>TW</c>, <c>LĐTBXH-TE</c>, <c>QH13</c>).</summary>
    public string Issuer { get; }

    /// <summary>The symbol (<em>ký hiệu</em>) after the sequence number and year: <c>NĐ-CP</c>, <c>CT/TW</c> (Party form), <c>LĐTBXH-TE</c>.</summary>
    public string Symbol => TypeCode is null ? Issuer : IsPartyForm ? TypeCode + "/" + Issuer : TypeCode + _codeSeparator + Issuer;

    /// <summary>The title or subject when known (from <see cref="KnownLawRegistry"/> or <see cref="WithTitle"/>), e.g. <c>Trẻ em</c>.</summary>
    public override string? Title { get; }

    /// <summary>True when the issuer is a Party body (<c>TW</c>, <c>TU</c>, <c>HU</c>...), whose documents are numbered <c>seq-KIND/ISSUER</c>.</summary>
    public bool IsPartyDocument => IssuerConventions.IsParty(Issuer);

    private bool IsPartyForm => TypeCode is not null && !HasYearInNumber && IsPartyDocument;

    /// <summary>Returns a copy with the given issue date (the year must agree with the year in the number).</summary>
    /// <param name="issueDate">The new issue date, or null to remove it.</param>
    /// <returns>The new reference.</returns>
    /// <exception cref="ArgumentException">The date's year contradicts the year in the number.</exception>
    public override NumberedLegalReference WithIssueDate(LocalDate? issueDate)
    {
        var fixedYear = HasYearInNumber ? Year : null;
        CheckDate(issueDate, fixedYear);
        return new NumberedLegalReference(Type, Number, HasYearInNumber, fixedYear ?? issueDate?.Year, TypeCode, _codeSeparator, Issuer, issueDate, Title);
    }

    /// <summary>Returns a copy with the given title or subject, e.g. from <see cref="KnownLawRegistry"/>.</summary>
    /// <param name="title">The title, or null to remove it.</param>
    /// <returns>The new reference.</returns>
    public NumberedLegalReference WithTitle(string? title) =>
        new(Type, Number, HasYearInNumber, Year, TypeCode, _codeSeparator, Issuer, IssueDate, title is null ? null : VietnameseText.Normalize(title));

    /// <inheritdoc />
    public override TResult Match<TResult>(Func<NumberedLegalReference, TResult> numbered, Func<NamedLegalReference, TResult> named)
    {
        Preconditions.CheckNotNull(numbered);
        Preconditions.CheckNotNull(named);
        return numbered(this);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var prefix = Type is not null && Type != ImpliedType(TypeCode, Issuer) ? Type.VietnameseName + " số " : string.Empty;
        return prefix + NumberText() + DateSuffix();
    }

    /// <inheritdoc />
    public override string ToLongVietnameseString() =>
        (Type?.VietnameseName ?? "Văn bản") + (Title is null ? string.Empty : " " + Title) + " số " + NumberText() + DateSuffix();

    /// <inheritdoc />
    public override string ToEnglishString()
    {
        var title = Title is null ? string.Empty : " “" + Title + "”";
        return (Type?.EnglishName ?? "National Assembly act") + " No. " + NumberText() + title + EnglishWhen(withYear: !HasYearInNumber);
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(NumberKey(Number), SymbolKey(), Year);

    internal static NumberedLegalReference FromParts(DocumentType? type, string number, int? yearInNumber, string symbol, LocalDate? issueDate)
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
        return new NumberedLegalReference(resolved, number, yearInNumber is not null, yearInNumber ?? issueDate?.Year, code?.Code, separator, issuer, issueDate, null);
    }

    internal static NumberedLegalReference CreateUnchecked(DocumentType? type, string number, int? yearInNumber, string? code, char separator, string issuer, LocalDate? issueDate) =>
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

    private protected override bool SameIgnoringYear(LegalReference other) =>
        other is NumberedLegalReference numbered && NumberKey(Number) == NumberKey(numbered.Number) && SymbolKey() == numbered.SymbolKey();

    private static DocumentType? ImpliedType(string? code, string issuer)
    {
        if (code is not null)
        {
            return DocumentType.TryFromCode(code, out var t) ? t : null;
        }
        return IssuerConventions.UncodedKinds(issuer) is null ? DocumentType.OfficialLetter : null;
    }

    private string NumberText()
    {
        if (IsPartyForm)
        {
            return Number + "-" + TypeCode + "/" + Issuer;
        }
        var year = HasYearInNumber ? Year!.Value.ToString(CultureInfo.InvariantCulture) + "/" : string.Empty;
        return Number + "/" + year + Symbol;
    }

    private string SymbolKey() => (TypeCode is null ? string.Empty : VietnameseText.ToMatchKey(TypeCode)) + "|" + VietnameseText.ToMatchKey(Issuer);

    // 06/QĐ-TTg and 6/QĐ-TTg are the same number; the letter of 55a is part of it.
    private static string NumberKey(string number)
    {
        var trimmed = number.TrimStart('0');
        return trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]) ? "0" + trimmed : trimmed;
    }
}

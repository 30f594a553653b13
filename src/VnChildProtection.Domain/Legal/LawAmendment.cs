using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// One amendment of a known law (sửa đổi, bổ sung): which law amends which articles of which law, by which of its own
/// articles, from when — Law 28/2018/QH14, art. 11, amended articles 5, 7, 45, 57, 74, 79 and 82 of the Law on Children
/// 102/2016/QH13 from 1 January 2019.
/// </summary>
/// <remarks>
/// <para>The amended articles keep their numbers; an article added by an amendment (Điều 5a) is outside this model.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed class LawAmendment : IEquatable<LawAmendment>
{
    /// <summary>Creates an amendment.</summary>
    /// <param name="amended">The law amended, a numbered reference as in <see cref="KnownLawRegistry.Entries"/>.</param>
    /// <param name="amending">The amending instrument, a numbered reference.</param>
    /// <param name="amendingArticle">The article of the amending instrument that makes the amendment (11 in Law 28/2018/QH14); null when it has one article or it is not known.</param>
    /// <param name="articles">The articles of <paramref name="amended"/> it amends, each at least 1.</param>
    /// <param name="inForceFrom">The day the amended text is in force.</param>
    /// <param name="verification">How the amendment was verified.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No article is given, or an article is below 1.</exception>
    public LawAmendment(LegalReference amended, LegalReference amending, int? amendingArticle, IEnumerable<int> articles, LocalDate inForceFrom,
        SourceVerification verification)
    {
        Amended = Preconditions.CheckNotNull(amended);
        Amending = Preconditions.CheckNotNull(amending);
        Preconditions.CheckArgument(amendingArticle is null or >= 1, nameof(amendingArticle), "An article number is at least 1.");
        AmendingArticle = amendingArticle;
        Articles = [.. Preconditions.CheckNotNull(articles).Distinct().Order()];
        Preconditions.CheckArgument(Articles.Length > 0 && Articles[0] >= 1, nameof(articles), "Give the amended articles, each at least 1.");
        InForceFrom = inForceFrom;
        Verification = Preconditions.CheckNotNull(verification);
    }

    /// <summary>The law amended.</summary>
    public LegalReference Amended { get; }

    /// <summary>The amending instrument.</summary>
    public LegalReference Amending { get; }

    /// <summary>The article of the amending instrument that makes the amendment; null when not known.</summary>
    public int? AmendingArticle { get; }

    /// <summary>The articles amended, ascending.</summary>
    public ImmutableArray<int> Articles { get; }

    /// <summary>The day the amended text is in force.</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>How the amendment was verified, and from what.</summary>
    public SourceVerification Verification { get; }

    /// <summary>Whether the amendment touches an article and is in force on a date.</summary>
    /// <param name="article">The article of <see cref="Amended"/>.</param>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when the article is amended and <paramref name="date"/> is on or after <see cref="InForceFrom"/>.</returns>
    public bool Governs(int article, LocalDate date) => date >= InForceFrom && Articles.Contains(article);

    /// <inheritdoc />
    public bool Equals(LawAmendment? other) =>
        other is not null && Amended == other.Amended && Amending == other.Amending && AmendingArticle == other.AmendingArticle
        && Articles.SequenceEqual(other.Articles) && InForceFrom == other.InForceFrom && Verification == other.Verification;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LawAmendment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amended, Amending, InForceFrom);

    /// <summary>What amends what, such as <c>28/2018/QH14 art. 11 amends 102/2016/QH13 ngày 05/4/2016 arts 5, 7, 45, 57, 74, 79, 82 from 2019-01-01</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Amending}{(AmendingArticle is { } a ? " art. " + a.ToString(CultureInfo.InvariantCulture) : "")} amends {Amended} arts {string.Join(", ", Articles)} from {InForceFrom:uuuu-MM-dd}");

    /// <summary>Value equality.</summary>
    public static bool operator ==(LawAmendment? left, LawAmendment? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(LawAmendment? left, LawAmendment? right) => !Equals(left, right);
}

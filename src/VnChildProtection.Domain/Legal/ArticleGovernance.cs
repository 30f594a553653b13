using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// Which instruments govern one article of a known law as in force on a date: the law itself and every amendment of
/// the article in force by then, oldest first. Article 57 of the Law on Children on 1/3/2020 is governed by
/// 102/2016/QH13 as amended by Law 28/2018/QH14 (art. 11, from 1/1/2019); article 10 by 102/2016/QH13 alone.
/// </summary>
/// <remarks>
/// <para>The registry knows amendments, not texts: the answer says which instruments to read, not what the article
/// says. An amendment the registry does not hold is not reflected (see <see cref="KnownLawRegistry.Amendments"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ArticleGovernance
{
    internal ArticleGovernance(LegalReference law, int article, LocalDate date, ImmutableArray<LawAmendment> amendments)
    {
        Law = law;
        Article = article;
        Date = date;
        Amendments = amendments;
        Instruments = [law, .. amendments.Select(a => a.Amending)];
    }

    /// <summary>The law, as the registry holds it (with title and date).</summary>
    public LegalReference Law { get; }

    /// <summary>The article number.</summary>
    public int Article { get; }

    /// <summary>The date asked about.</summary>
    public LocalDate Date { get; }

    /// <summary>The amendments of the article in force on <see cref="Date"/>, oldest first; empty when the original text governs.</summary>
    public ImmutableArray<LawAmendment> Amendments { get; }

    /// <summary>The governing instruments: <see cref="Law"/>, then each amending instrument of <see cref="Amendments"/>.</summary>
    public ImmutableArray<LegalReference> Instruments { get; }

    /// <summary>Whether the article as in force on <see cref="Date"/> is an amended text.</summary>
    public bool IsAmended => !Amendments.IsEmpty;

    /// <summary>The article, date and instruments, such as <c>art. 57 on 2020-03-01: 102/2016/QH13 …, 28/2018/QH14</c>.</summary>
    /// <returns>A diagnostic text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"art. {Article} on {Date:uuuu-MM-dd}: {string.Join(", ", Instruments)}");
}

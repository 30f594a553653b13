using NodaTime;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// How far each shipped known law was checked, with its in-force date and article count where read, and the shipped
/// amendments: the data behind the currency part of <see cref="KnownLawRegistry.Default"/>.
/// </summary>
internal static class KnownLawCurrencyData
{
    private const string LawOnChildrenCorpus = "tests/corpus/law/law_LuatTreEm_102-2016-QH13.txt";

    // The Ministry of Justice's consolidation (Pháp điển, subject 8.1 "Trẻ em"): a second copy, updated to 13/5/2026.
    private const string PhapDienCopy = "diepxuan/diepxuan.github.io@fbaa690e1c9ff35deabbf5e9a8b8830ce3d54048:van-ban/dan-so-gia-dinh-tre-em-binh-dang-gioi/tre-em.md";

    internal static LegalReference LawOnChildren => KnownLawsData.Entries[0];

    internal static LegalReference Law28Of2018 { get; } = LegalReference.Create(DocumentType.Law, "28", 2018, "QH14");

    internal static (LegalReference Law, KnownLawStatus Status)[] Statuses { get; } =
    [
        // "Điều 8.1.LQ.1 … (Điều 1 Luật số 102/2016/QH13 Trẻ em ngày 05/04/2016 của Quốc hội, có hiệu lực thi hành kể từ ngày
        // 01/06/2017)"; the consolidation runs to Điều 8.1.LQ.106.
        (LawOnChildren, new KnownLawStatus(new LocalDate(2017, 6, 1), 106, SourceVerification.Verified(
            "Luật số 102/2016/QH13 Trẻ em ngày 05/04/2016, có hiệu lực thi hành kể từ ngày 01/06/2017; 106 articles (Pháp điển consolidation)",
            LawOnChildrenCorpus))),

        // The header text is recorded in KnownLawsData; where it was read was not recorded.
        (KnownLawsData.Entries[1], new KnownLawStatus(null, null, SourceVerification.Unverified(
            "Header \"Luật số: 83/2015/QH13, Hà Nội, ngày 25 tháng 06 năm 2015\" from published copies of the law; where it was read was not recorded"))),
        (KnownLawsData.Entries[2], new KnownLawStatus(null, null, SourceVerification.Unverified(
            "Header \"Luật số: 89/2025/QH15, Hà Nội, ngày 25 tháng 6 năm 2025\" from published copies of the law; where it was read was not recorded"))),
    ];

    // Each amended article of the consolidation carries "(Điều N Luật số 102/2016/QH13, …, có nội dung được sửa đổi, có nội
    // dung được bổ sung bởi Điều 11 Luật số 28/2018/QH14 có hiệu lực thi hành kể từ ngày 01/01/2019)"; no other amending
    // instrument is named for any article of the law in either copy.
    internal static LawAmendment[] Amendments { get; } =
    [
        new LawAmendment(LawOnChildren, Law28Of2018, 11, [5, 7, 45, 57, 74, 79, 82], new LocalDate(2019, 1, 1), SourceVerification.Verified(
            "Điều 11 Luật số 28/2018/QH14 (sửa đổi, bổ sung một số điều của 11 luật có liên quan đến quy hoạch) amends Điều 5, 7, 45, 57, 74, 79, 82 "
            + "of Luật số 102/2016/QH13, có hiệu lực thi hành kể từ ngày 01/01/2019 (notes of the Pháp điển consolidation; also " + PhapDienCopy + ")",
            LawOnChildrenCorpus)),
    ];
}

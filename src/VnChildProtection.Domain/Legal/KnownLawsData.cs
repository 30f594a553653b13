using NodaTime;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// The laws and codes that plans cite by name, with their numbers and dates of adoption: the data behind
/// <see cref="KnownLawRegistry.Default"/>.
/// </summary>
/// <remarks>
/// Each entry was checked against a copy of the law's header (<c>Luật số: .../QH..</c>, place and date);
/// the source is named per entry. Entries not checked are left out on purpose.
/// </remarks>
internal static class KnownLawsData
{
    internal static NumberedLegalReference[] Entries { get; } =
    [
        // Law on Children: header of tests/corpus/law/law_LuatTreEm_102-2016-QH13.txt ("Luật số 102/2016/QH13 Trẻ em ngày 05/04/2016").
        Law("102", 2016, "QH13", "Trẻ em", new LocalDate(2016, 4, 5)),

        // State Budget Law 2015: header "Luật số: 83/2015/QH13, Hà Nội, ngày 25 tháng 06 năm 2015" (published copies of the law).
        Law("83", 2015, "QH13", "Ngân sách nhà nước", new LocalDate(2015, 6, 25)),

        // State Budget Law 2025, which replaces the 2015 law: header "Luật số: 89/2025/QH15, Hà Nội, ngày 25 tháng 6 năm 2025".
        Law("89", 2025, "QH15", "Ngân sách nhà nước", new LocalDate(2025, 6, 25)),
    ];

    private static NumberedLegalReference Law(string number, int year, string issuer, string title, LocalDate adopted) =>
        LegalReference.Create(DocumentType.Law, number, year, issuer, adopted).WithTitle(title);
}

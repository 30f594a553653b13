using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;
using VnChildProtection.Domain.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Legal;

/// <summary>
/// The kind of a Vietnamese legal or administrative document (<em>loại văn bản</em>): law, decree,
/// decision, directive, plan, official letter and so on, with its Vietnamese and English names and the
/// abbreviation(s) written in document numbers (<c>NĐ</c> in <c>56/2017/NĐ-CP</c>).
/// </summary>
/// <remarks>
/// <para>Normative kinds follow the order of the Law on Promulgation of Legal Documents
/// (Luật Ban hành văn bản quy phạm pháp luật 80/2015/QH13, art. 4); administrative kinds and their
/// abbreviations follow Decree 30/2020/NĐ-CP on clerical work (Appendix III) and, for documents of the
/// Party (<c>20-CT/TW</c>), Guidance 36-HD/VPTW.</para>
/// <para>Laws, codes and resolutions of the National Assembly carry no kind abbreviation in their
/// number (<c>102/2016/QH13</c>); neither does an official letter (<em>công văn</em>), whose symbol is
/// the issuer's abbreviation followed by the drafting unit's (<c>636/LĐTBXH-TE</c>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DocumentType : ClosedSet<DocumentType>, IClosedSet<DocumentType>
{
    /// <summary>Code (<em>Bộ luật</em>), a codified law of the National Assembly, e.g. the Labour Code 2019.</summary>
    public static readonly DocumentType Code = new(nameof(Code), 1, "Bộ luật", "Code");

    /// <summary>Law (<em>Luật</em>) of the National Assembly, e.g. the Law on Children 102/2016/QH13.</summary>
    public static readonly DocumentType Law = new(nameof(Law), 2, "Luật", "Law");

    /// <summary>Resolution (<em>Nghị quyết</em>, code <c>NQ</c>) of the National Assembly, the Government, a People's Council or the Party.</summary>
    public static readonly DocumentType Resolution = new(nameof(Resolution), 3, "Nghị quyết", "Resolution", "NQ");

    /// <summary>Ordinance (<em>Pháp lệnh</em>, code <c>PL</c>) of the National Assembly Standing Committee.</summary>
    public static readonly DocumentType Ordinance = new(nameof(Ordinance), 4, "Pháp lệnh", "Ordinance", "PL");

    /// <summary>Decree (<em>Nghị định</em>, code <c>NĐ</c>) of the Government, e.g. 56/2017/NĐ-CP.</summary>
    public static readonly DocumentType Decree = new(nameof(Decree), 5, "Nghị định", "Decree", "NĐ");

    /// <summary>Decision (<em>Quyết định</em>, code <c>QĐ</c>), e.g. the Prime Minister's 1437/QĐ-TTg.</summary>
    public static readonly DocumentType Decision = new(nameof(Decision), 6, "Quyết định", "Decision", "QĐ");

    /// <summary>Circular (<em>Thông tư</em>, code <c>TT</c>) of a minister, e.g. 13/2021/TT-BLĐTBXH.</summary>
    public static readonly DocumentType Circular = new(nameof(Circular), 7, "Thông tư", "Circular", "TT");

    /// <summary>Joint circular (<em>Thông tư liên tịch</em>, code <c>TTLT</c>); since Law 80/2015/QH13 only between the Supreme People's Court, the Supreme People's Procuracy and ministers (art. 4).</summary>
    public static readonly DocumentType JointCircular = new(nameof(JointCircular), 8, "Thông tư liên tịch", "Joint circular", "TTLT");

    /// <summary>Directive (<em>Chỉ thị</em>, code <c>CT</c>), e.g. the Politburo's 20-CT/TW or a province's 11/CT-UBND.</summary>
    public static readonly DocumentType Directive = new(nameof(Directive), 9, "Chỉ thị", "Directive", "CT");

    /// <summary>Plan (<em>Kế hoạch</em>, code <c>KH</c>), e.g. 27/KH-UBND; <c>KHLN</c> is an inter-agency plan (<em>kế hoạch liên ngành</em>, seed 002: 752a/KHLN/LĐTBXH-YT-...).</summary>
    public static readonly DocumentType Plan = new(nameof(Plan), 10, "Kế hoạch", "Plan", "KH", "KHLN");

    /// <summary>Programme (<em>Chương trình</em>, code <c>CTr</c>).</summary>
    public static readonly DocumentType Programme = new(nameof(Programme), 11, "Chương trình", "Programme", "CTr");

    /// <summary>Official letter (<em>Công văn</em>); its number normally has no kind code (<c>636/LĐTBXH-TE</c>), some offices write <c>CV</c>.</summary>
    public static readonly DocumentType OfficialLetter = new(nameof(OfficialLetter), 12, "Công văn", "Official letter", "CV");

    /// <summary>Notice (<em>Thông báo</em>, code <c>TB</c>), e.g. 9441/TB-BNV.</summary>
    public static readonly DocumentType Notice = new(nameof(Notice), 13, "Thông báo", "Notice", "TB");

    /// <summary>Conclusion (<em>Kết luận</em>, code <c>KL</c>), mostly of Party bodies.</summary>
    public static readonly DocumentType Conclusion = new(nameof(Conclusion), 14, "Kết luận", "Conclusion", "KL");

    /// <summary>Report (<em>Báo cáo</em>, code <c>BC</c>).</summary>
    public static readonly DocumentType Report = new(nameof(Report), 15, "Báo cáo", "Report", "BC");

    /// <summary>Instruction or guidance (<em>Hướng dẫn</em>, code <c>HD</c>), e.g. 36-HD/VPTW.</summary>
    public static readonly DocumentType Instruction = new(nameof(Instruction), 16, "Hướng dẫn", "Instruction", "HD");

    // Declared, not found by reflection: the same members under the JIT, trimming and Native AOT.
    static IReadOnlyList<DocumentType> IClosedSet<DocumentType>.Members { get; } = [Code, Law, Resolution, Ordinance, Decree, Decision, Circular, JointCircular, Directive, Plan, Programme, OfficialLetter, Notice, Conclusion, Report, Instruction];

    private readonly string[] _codes;

    private DocumentType(string name, int value, string vietnameseName, string englishName, params string[] codes)
        : base(name, value)
    {
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        _codes = codes;
    }

    /// <summary>The Vietnamese name as written before a number, e.g. <c>Nghị định</c>.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, e.g. <c>Decree</c>.</summary>
    public string EnglishName { get; }

    /// <summary>The abbreviations used for this kind inside document numbers, canonical first (empty for laws and codes).</summary>
    public IReadOnlyList<string> Codes => _codes;

    /// <summary>True for the kinds the National Assembly issues under a <c>QH</c> number: code, law, resolution.</summary>
    /// <remarks>Law 80/2015/QH13 art. 4 cl. 2.</remarks>
    public bool IsNationalAssemblyAct => this == Code || this == Law || this == Resolution;

    /// <summary>
    /// Finds the kind whose number abbreviation is <paramref name="code"/>, ignoring case and diacritics
    /// (<c>ND</c>, <c>nđ</c> and <c>NĐ</c> all give <see cref="Decree"/>).
    /// </summary>
    /// <param name="code">An abbreviation such as <c>QĐ</c>.</param>
    /// <param name="type">The kind, or null when the abbreviation is unknown.</param>
    /// <returns>Whether the abbreviation is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static bool TryFromCode(string code, out DocumentType? type)
    {
        ArgumentNullException.ThrowIfNull(code);
        return CodeIndex.ByKey.TryGetValue(VietnameseText.ToMatchKey(code), out type);
    }

    /// <summary>
    /// Finds the kind whose Vietnamese name is <paramref name="vietnameseName"/>, ignoring case,
    /// diacritics and spacing (<c>nghi dinh</c> gives <see cref="Decree"/>).
    /// </summary>
    /// <param name="vietnameseName">A name such as <c>Quyết định</c>.</param>
    /// <param name="type">The kind, or null when the name is unknown.</param>
    /// <returns>Whether the name is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vietnameseName"/> is null.</exception>
    public static bool TryFromVietnameseName(string vietnameseName, out DocumentType? type)
    {
        ArgumentNullException.ThrowIfNull(vietnameseName);
        var key = VietnameseText.ToMatchKey(vietnameseName);
        type = List.FirstOrDefault(t => VietnameseText.ToMatchKey(t.VietnameseName) == key);
        return type is not null;
    }

    // Built on first use, not in this type's static initialiser: SmartEnum's List reflects over the
    // static fields and would re-enter an initialiser that reads List.
    private static class CodeIndex
    {
        internal static readonly Dictionary<string, DocumentType> ByKey =
            List.SelectMany(t => t._codes.Select(c => (Key: VietnameseText.ToMatchKey(c), Type: t)))
                .ToDictionary(p => p.Key, p => p.Type, StringComparer.Ordinal);
    }
}

using System.Linq;

namespace VnChildProtection.Domain.Tests.Agencies;

/// <summary>
/// Agency mentions copied verbatim from the four seed plans (tests/corpus/seeds), mostly from their
/// "TỔ CHỨC THỰC HIỆN" sections and recipient lists, with the agency kind each names.
/// </summary>
public static partial class SeedAgencyMentions
{
    /// <summary>(seed index, text as written, expected kind id, expected qualifier).</summary>
    public static readonly (int Seed, string Text, string KindId, string Qualifier)[] Mentions =
    [
        // Seed 000 — Quảng Ngãi 2020
        (0, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", ""),
        (0, "Sở Lao động-Thương binh và Xã hội", "so-ldtbxh", ""),
        (0, "Sở Lao động – Thương binh và Xã hội", "so-ldtbxh", ""),
        (0, "Sở Lao động Thương binh và Xã hội", "so-ldtbxh", ""),
        (0, "Sở Giáo dục và Đào tạo", "so-gddt", ""),
        (0, "Sở Y tế", "so-y-te", ""),
        (0, "Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl", ""),
        (0, "Sở Thông tin và Truyền thông", "so-tttt", ""),
        (0, "Sở Tài chính", "so-tai-chinh", ""),
        (0, "Sở Tư pháp", "so-tu-phap", ""),
        (0, "Sở Nội vụ", "so-noi-vu", ""),
        (0, "Sở Kế hoạch - Đầu tư", "so-khdt", ""),
        (0, "Công an tỉnh", "cong-an-tinh", ""),
        (0, "Ban Tuyên giáo Tỉnh ủy", "ban-tuyen-giao-tinh-uy", ""),
        (0, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mttq-tinh", ""),
        (0, "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "tinh-doan", ""),
        (0, "Hội Liên hiệp Phụ nữ tỉnh", "hlhpn-tinh", ""),
        (0, "Hội Nông dân tỉnh", "hoi-nong-dan-tinh", ""),
        (0, "Hội Cựu Chiến binh tỉnh", "hoi-ccb-tinh", ""),
        (0, "Liên đoàn Lao động tỉnh", "ldld-tinh", ""),
        (0, "Đài Phát thanh và Truyền hình tỉnh", "dai-ptth-tinh", ""),
        (0, "Báo Quảng Ngãi", "bao-tinh", "Quảng Ngãi"),
        (0, "Quỹ Bảo trợ trẻ em tỉnh", "quy-bao-tro-tre-em-tinh", ""),
        (0, "Trung tâm Công tác xã hội tỉnh", "ttctxh-tinh", ""),
        (0, "Ủy ban nhân dân các huyện, thành phố", "ubnd-huyen", ""),
        (0, "Ủy ban nhân dân tỉnh", "ubnd-tinh", ""),
        (0, "Bộ Lao động – Thương binh và Xã hội", "bo-ldtbxh", ""),
        (0, "Bộ Lao động-Thương binh và Xã hội", "bo-ldtbxh", ""),

        // Seed 001 — Lạng Sơn 2023 (draft issued by the department itself)
        (1, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", ""),
        (1, "Sở Lao động- Thương binh và Xã hội Lạng Sơn", "so-ldtbxh", "Lạng Sơn"),
        (1, "Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh", ""),
        (1, "Bộ Lao động- Thương binh và Xã hội", "bo-ldtbxh", ""),
        (1, "UBND các huyện, thành phố", "ubnd-huyen", ""),
        (1, "Ủy ban nhân dân các huyện, thành phố", "ubnd-huyen", ""),
        (1, "UBND tỉnh Lạng Sơn", "ubnd-tinh", "Lạng Sơn"),
        (1, "UBND tỉnh", "ubnd-tinh", ""),
        (1, "UBND các xã", "ubnd-xa", ""),
        (1, "UBMTTQVN", "mttq-tinh", ""),
        (1, "Phòng LĐTBXH -DT", "phong-ldtbxh", ""),
        (1, "Quỹ Bảo trợ trẻ em cấp tỉnh", "quy-bao-tro-tre-em-tinh", ""),
        (1, "Đài phát thanh - Truyền hình tỉnh", "dai-ptth-tinh", ""),
        (1, "Cục Trẻ em", "cuc-tre-em", ""),

        // Seed 002 — An Giang 2024, section V.2 headings and recipients
        (2, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", ""),
        (2, "Sở Lao động - Thương binh và Xã hội tỉnh", "so-ldtbxh", "tỉnh"),
        (2, "Sở Tư pháp", "so-tu-phap", ""),
        (2, "Công an tỉnh", "cong-an-tinh", ""),
        (2, "Sở Giáo dục và Đào tạo", "so-gddt", ""),
        (2, "Sở Y tế", "so-y-te", ""),
        (2, "Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl", ""),
        (2, "Sở Thông tin và Truyền thông", "so-tttt", ""),
        (2, "Sở Kế hoạch và Đầu tư", "so-khdt", ""),
        (2, "Sở Tài chính", "so-tai-chinh", ""),
        (2, "Ban Dân tộc tỉnh", "ban-dan-toc", ""),
        (2, "Sở Nông nghiệp và Phát triển nông thôn", "so-nnptnt", ""),
        (2, "Sở Xây dựng", "so-xay-dung", ""),
        (2, "Sở Nội vụ", "so-noi-vu", ""),
        (2, "Sở Giao thông vận tải", "so-gtvt", ""),
        (2, "Liên đoàn Lao động tỉnh", "ldld-tinh", ""),
        (2, "Đài Phát thanh - Truyền hình An Giang", "dai-ptth-tinh", "An Giang"),
        (2, "Báo An Giang", "bao-tinh", "An Giang"),
        (2, "Viện Kiểm sát nhân dân", "vks-tinh", ""),
        (2, "Toà án nhân dân tỉnh", "toa-an-tinh", ""),
        (2, "Ban Tuyên giáo Tỉnh ủy", "ban-tuyen-giao-tinh-uy", ""),
        (2, "Bộ chỉ huy Bộ đội Biên phòng tỉnh", "bdbp-tinh", ""),
        (2, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mttq-tinh", ""),
        (2, "Hội Liên hiệp phụ nữ tỉnh", "hlhpn-tinh", ""),
        (2, "Tỉnh Đoàn", "tinh-doan", ""),
        (2, "Ủy ban nhân dân các huyện, thị xã, thành phố", "ubnd-huyen", ""),
        (2, "Ủy ban nhân dân các xã, phường, thị trấn", "ubnd-xa", ""),
        (2, "Phòng Lao động - Thương binh và Xã hội", "phong-ldtbxh", ""),
        (2, "Trung tâm Công tác xã hội", "ttctxh-tinh", ""),
        (2, "Quỹ Bảo trợ trẻ em tỉnh An Giang", "quy-bao-tro-tre-em-tinh", "An Giang"),
        (2, "Trung tâm Bảo trợ xã hội tỉnh An Giang", "ttbtxh-tinh", "An Giang"),
        (2, "Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh", ""),
        (2, "Cục Trẻ em", "cuc-tre-em", ""),
        (2, "Ủy ban MTTQVN tỉnh", "mttq-tinh", ""),

        // Seed 003 — Quảng Ninh 2021–2030, section IV
        (3, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", ""),
        (3, "Sở Giáo dục và Đào tạo", "so-gddt", ""),
        (3, "Sở Y tế", "so-y-te", ""),
        (3, "Sở Văn hóa và Thể thao", "so-vhtt", ""),
        (3, "Sở Tư pháp", "so-tu-phap", ""),
        (3, "Ban Dân tộc", "ban-dan-toc", ""),
        (3, "Công an tỉnh", "cong-an-tinh", ""),
        (3, "Sở Thông tin và Truyền thông", "so-tttt", ""),
        (3, "Sở Du lịch", "so-du-lich", ""),
        (3, "Sở Tài chính", "so-tai-chinh", ""),
        (3, "Sở Kế hoạch và Đầu tư", "so-khdt", ""),
        (3, "Sở Nội vụ", "so-noi-vu", ""),
        (3, "Ủy ban Mặt trận Tổ quốc", "mttq-tinh", ""),
        (3, "Đoàn TNCS Hồ Chí Minh", "tinh-doan", ""),
        (3, "Đoàn TNCS Hồ Chí Minh tỉnh", "tinh-doan", ""),
        (3, "Hội Liên hiệp phụ nữ tỉnh", "hlhpn-tinh", ""),
        (3, "Tỉnh Đoàn", "tinh-doan", ""),
        (3, "Liên Chi hội Bảo vệ Quyền trẻ em tỉnh Quảng Ninh", "hoi-bvqte-tinh", "Quảng Ninh"),
        (3, "Ủy ban nhân dân các huyện, thị xã, thành phố", "ubnd-huyen", ""),
        (3, "Ủy ban nhân dân tỉnh", "ubnd-tinh", ""),
        (3, "Bộ Lao động - Thương binh và Xã hội", "bo-ldtbxh", ""),
        (3, "Bộ Lao động TB&XH", "bo-ldtbxh", ""),
        (3, "Bộ Giáo dục và Đào tạo", "bo-gddt", ""),
        (3, "Bộ Y tế", "bo-y-te", ""),
        (3, "Bộ Công an", "bo-cong-an", ""),
        (3, "Ủy ban MTTQ", "mttq-tinh", ""),
        (3, "UBND huyện, thị, thành phố", "ubnd-huyen", ""),
    ];

    /// <summary>
    /// Indicator assignments of seeds 002 and 003 (the two plans that assign Chỉ tiêu by number): the agency heading,
    /// the role, the indicators, and the clause quoted verbatim. <c>Phrased</c> is false where the plan gives the
    /// indicators to the agency without a role verb (read as lead: the body charged with implementing them).
    /// </summary>
    public static readonly (int Seed, string Agency, string KindId, string Role, bool Phrased, int[] Indicators, string Quote)[] Assignments =
    [
        (2, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", "Lead", false, [1, 2, 8, 9, 10, 11, 12, 22, 23, 24],
            "Triển khai thực hiện đạt hiệu quả các chỉ tiêu 1, 2, 8, 9, 10, 11, 12, 22, 23, 24"),
        (2, "Sở Tư pháp", "so-tu-phap", "Coordinate", true, [13, 14],
            "Phối hợp đơn vị liên quan thực hiện chỉ tiêu 13, chỉ tiêu 14"),
        (2, "Công an tỉnh", "cong-an-tinh", "Coordinate", true, [9],
            "Phối hợp đơn vị liên quan thực hiện chỉ tiêu 9"),
        (2, "Sở Giáo dục và Đào tạo", "so-gddt", "Lead", false, [7, 15, 16, 17, 18, 19, 20],
            "Triển khai thực hiện các chỉ tiêu 7, 15, 16, 17, 18, 19, 20"),
        (2, "Sở Y tế", "so-y-te", "Lead", false, [3, 4, 5, 6],
            "Hướng dẫn triển khai, thực hiện các chỉ tiêu 3, 4, 5, 6"),
        (2, "Sở Y tế", "so-y-te", "Coordinate", true, [1, 2, 7, 11, 12, 15, 20],
            "Phối hợp với các đơn vị liên quan thực hiện các chỉ tiêu 1, 2, 7, 11, 12, 15, 20"),
        (2, "Sở Văn hóa, Thể thao và Du lịch", "so-vhttdl", "Lead", false, [13, 21],
            "Triển khai, thực hiện chỉ tiêu 13, 21"),
        (2, "Sở Thông tin và Truyền thông", "so-tttt", "Contribute", true, [8, 9, 10, 13],
            "Chủ trì, phối hợp với các đơn vị liên quan triển khai các nhiệm vụ của ngành Thông tin và Truyền thông góp phần vào thực hiện các chỉ tiêu 8, 9, 10, 13"),

        (3, "Sở Lao động - Thương binh và Xã hội", "so-ldtbxh", "Lead", true, [1, 2, 8, 9, 10, 11, 12, 22, 23, 24],
            "Chủ trì tham mưu, hướng dẫn triển khai thực hiện các chỉ tiêu 1, 2, 8, 9, 10, 11, 12, 22, 23, 24"),
        (3, "Sở Giáo dục và Đào tạo", "so-gddt", "Lead", true, [7, 15, 16, 17, 18, 19, 20],
            "Chủ trì tham mưu, hướng dẫn triển khai thực hiện các chỉ tiêu 7, 15, 16, 17, 18, 19, 20"),
        (3, "Sở Y tế", "so-y-te", "Lead", true, [3, 4, 5, 6],
            "Chủ trì tham mưu, hướng dẫn triển khai thực hiện các chỉ tiêu 3, 4, 5, 6"),
        (3, "Sở Văn hóa và Thể thao", "so-vhtt", "Lead", true, [21],
            "Chủ trì tham mưu, hướng dẫn triển khai thực hiện chỉ tiêu 21"),
        (3, "Sở Tư pháp", "so-tu-phap", "Lead", true, [14],
            "chủ trì tham mưu, hướng dẫn triển khai chỉ tiêu 14"),
        (3, "Ban Dân tộc", "ban-dan-toc", "Lead", true, [13],
            "chủ trì, tham mưu hướng dẫn triển khai chỉ tiêu 13"),
        (3, "Công an tỉnh", "cong-an-tinh", "Lead", false, [9],
            "đấu tranh phòng, chống tội phạm xâm hại trẻ em để thực hiện chỉ tiêu 09"),
        (3, "Đoàn TNCS Hồ Chí Minh tỉnh", "tinh-doan", "Coordinate", true, [22, 23, 24],
            "phối hợp với Sở Lao động - Thương binh và Xã hội triển khai thực hiện chỉ tiêu 22, 23, 24"),
    ];

    public static TheoryData<int, string, string, string> MentionData()
    {
        var data = new TheoryData<int, string, string, string>();
        foreach (var (seed, text, kind, qualifier) in Mentions)
        {
            data.Add(seed, text, kind, qualifier);
        }
        return data;
    }

    public static TheoryData<int> AssignmentIndexes()
    {
        var data = new TheoryData<int>();
        foreach (var i in Enumerable.Range(0, Assignments.Length))
        {
            data.Add(i);
        }
        return data;
    }
}

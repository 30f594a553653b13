using System.Collections.Generic;
using NodaTime;

namespace VnChildProtection.Domain.Agencies;

/// <summary>
/// The shipped agency kinds: national ministries, provincial People's Committee, departments (sở), sector bodies,
/// mass organisations, media and service units, district People's Committees and labour offices, and the commune
/// bodies that plans give tasks (People's Committee, police, health station, Front, Youth Union, Women's Union), as
/// named by child-protection plans, with the 2025 reorganisation.
/// </summary>
/// <remarks>
/// <para>Sources. Actors: the four seed plans (Quảng Ngãi 2020, Lạng Sơn 2023, An Giang 2024, Quảng Ninh
/// 2021–2030), "TỔ CHỨC THỰC HIỆN" sections; commune bodies from the Law on Children (art. 90–91), Decree 56/2017/NĐ-CP
/// (art. 38, commune police) and the commune plans of the importer's unseen-plan tests. District bodies that no plan at
/// hand names (Công an huyện, Phòng Giáo dục và Đào tạo, Phòng Y tế, Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện)
/// are not shipped: add them with <see cref="AgencyRegistry.WithKinds"/>. Reorganisation, all effective 1 March 2025
/// unless stated:</para>
/// <list type="bullet">
/// <item>Ministry of Health takes child affairs, social protection and social-evils prevention from MOLISA
/// (Nghị định 42/2025/NĐ-CP, 27/02/2025, in force 01/03/2025; the ministry's Cục Bà mẹ và Trẻ em replaces MOLISA's
/// Cục Trẻ em). Checked against two news reports (vnexpress.net "Bộ Y tế có 20 đơn vị sau tinh gọn";
/// baomoi "14 đơn vị thuộc Bộ Y tế thay đổi tên", citing Quyết định 827/QĐ-BYT, 10/3/2025), not the decree text.</item>
/// <item>MOLISA's other work (labour, gender equality, meritorious people) to the Ministry of Home Affairs;
/// vocational education to the Ministry of Education; poverty reduction to the Ministry of Agriculture and
/// Environment. The instruments (decrees on those ministries' functions, 2025) are not verified here.</item>
/// <item>Ministry of Ethnic and Religious Affairs set up from the Committee for Ethnic Minority Affairs plus
/// religion from Home Affairs (Nghị định 41/2025/NĐ-CP, 26/02/2025, cited in Thông tư 02/2025/TT-BDTTG).</item>
/// <item>Provincial departments: as reported for Hà Tĩnh (laodong.vn, departments in operation from 1/3/2025):
/// Finance + Planning and Investment → Finance; Construction + Transport → Construction; Science and Technology +
/// Information and Communications → Science and Technology (press and publishing → Culture, Sports and Tourism);
/// Agriculture and Rural Development + Natural Resources and Environment → Agriculture and Environment (plus
/// poverty reduction); Home Affairs + Labour-Invalids-Social Affairs → Home Affairs, with child affairs, social
/// protection and social-evils prevention → Health and vocational education → Education. Ban Dân tộc →
/// Sở Dân tộc và Tôn giáo with religion from Home Affairs (baolaocai.vn, Lào Cai, first working day 3/3/2025).
/// The nationwide decree on provincial departments (reported as Nghị định 45/2025/NĐ-CP, replaced by
/// Nghị định 150/2025/NĐ-CP from 1/7/2025) is not verified: provincial successions are marked unconfirmed,
/// and provinces merged on slightly different days — override per province where it matters.</item>
/// <item>Separate tourism departments (Sở Du lịch) and culture-and-sports departments (Sở Văn hóa và Thể thao),
/// which existed in a few provinces (e.g. Quảng Ninh), are taken to have merged into Sở Văn hóa, Thể thao và
/// Du lịch: unconfirmed.</item>
/// <item>District tier abolished from 1 July 2025 (two-tier local government); district bodies have no
/// successor here because their powers were split between province and commune (Nghị định 147/2025/NĐ-CP for
/// health, unconfirmed).</item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public static class AgencyData
{
    private const string ProvincialReorganisation =
        "Nghị quyết HĐND tỉnh về thành lập các cơ quan chuyên môn (2025); theo Nghị định 45/2025/NĐ-CP (chưa xác minh)";

    // Resolution 177/2025/QH15 (18/02/2025) lists the 14 ministries of the new Government (read in a secondary
    // source); which resolution and decrees moved each function is not verified.
    private const string NationalRestructuring =
        "Nghị quyết 176/2025/QH15 về cơ cấu tổ chức của Chính phủ (chưa xác minh; danh sách 14 bộ theo Nghị quyết 177/2025/QH15)";

    private static readonly LocalDate Reorganised = new(2025, 3, 1);
    private static readonly LocalDate LastDayBeforeReorganisation = new(2025, 2, 28);
    private static readonly LocalDate LastDayOfDistricts = new(2025, 6, 30);

    /// <summary>Every shipped agency kind, national first, then provincial, district and commune.</summary>
    public static IReadOnlyList<AgencyKind> All { get; } =
    [
        // ---- National (Trung ương) ----
        new("bo-ldtbxh", "Bộ Lao động - Thương binh và Xã hội", "Ministry of Labour, Invalids and Social Affairs (MOLISA)", AgencyLevel.National,
            "Bộ LĐTBXH", ["Bộ LĐ-TBXH", "Bộ Lao động TB&XH", "Bộ Lao động - TB&XH"],
            validTo: LastDayBeforeReorganisation,
            successions:
            [
                new(AgencySubject.ChildAffairs, "bo-y-te", Reorganised, "Nghị định 42/2025/NĐ-CP", true),
                new(AgencySubject.SocialProtection, "bo-y-te", Reorganised, "Nghị định 42/2025/NĐ-CP", true),
                new(AgencySubject.SocialEvilsPrevention, "bo-y-te", Reorganised, "Nghị định 42/2025/NĐ-CP", true),
                new(AgencySubject.VocationalEducation, "bo-gddt", Reorganised, "Nghị định về chức năng Bộ GD&ĐT (2025, chưa xác minh)", false),
                new(AgencySubject.PovertyReduction, "bo-nnmt", Reorganised, "Nghị định về chức năng Bộ NN&MT (2025, chưa xác minh)", false),
                new(AgencySubject.Labour, "bo-noi-vu", Reorganised, "Nghị định về chức năng Bộ Nội vụ (2025, chưa xác minh)", false),
                new(AgencySubject.GenderEquality, "bo-noi-vu", Reorganised, "Nghị định về chức năng Bộ Nội vụ (2025, chưa xác minh)", false),
                new(AgencySubject.MeritoriousPeople, "bo-noi-vu", Reorganised, "Nghị định về chức năng Bộ Nội vụ (2025, chưa xác minh)", false),
                new(AgencySubject.General, "bo-noi-vu", Reorganised, "Nghị định về chức năng Bộ Nội vụ (2025, chưa xác minh)", false),
            ]),
        new("cuc-tre-em", "Cục Trẻ em", "Department of Children (MOLISA)", AgencyLevel.National,
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "cuc-ba-me-tre-em", Reorganised, "Nghị định 42/2025/NĐ-CP; Quyết định 827/QĐ-BYT", true)]),
        new("bo-y-te", "Bộ Y tế", "Ministry of Health", AgencyLevel.National, "BYT"),
        new("cuc-ba-me-tre-em", "Cục Bà mẹ và Trẻ em", "Department of Maternal and Child Health (Ministry of Health)", AgencyLevel.National,
            validFrom: Reorganised),
        new("bo-noi-vu", "Bộ Nội vụ", "Ministry of Home Affairs", AgencyLevel.National, "BNV",
            successions: [new(AgencySubject.Religion, "bo-dan-toc-ton-giao", Reorganised, "Nghị định 41/2025/NĐ-CP", true)]),
        new("bo-gddt", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", AgencyLevel.National,
            "Bộ GD&ĐT", ["Bộ GDĐT", "Bộ GD-ĐT"]),
        new("bo-cong-an", "Bộ Công an", "Ministry of Public Security", AgencyLevel.National, "BCA"),
        new("bo-tu-phap", "Bộ Tư pháp", "Ministry of Justice", AgencyLevel.National, "BTP"),
        new("bo-tai-chinh", "Bộ Tài chính", "Ministry of Finance", AgencyLevel.National, "BTC"),
        new("bo-khdt", "Bộ Kế hoạch và Đầu tư", "Ministry of Planning and Investment", AgencyLevel.National,
            "Bộ KH&ĐT", ["Bộ KHĐT", "Bộ Kế hoạch - Đầu tư"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "bo-tai-chinh", Reorganised, NationalRestructuring, false)]),
        new("bo-vhttdl", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", AgencyLevel.National,
            "Bộ VHTTDL", ["Bộ VH-TT&DL", "Bộ VHTT&DL"]),
        new("bo-tttt", "Bộ Thông tin và Truyền thông", "Ministry of Information and Communications", AgencyLevel.National,
            "Bộ TT&TT", ["Bộ TTTT"],
            validTo: LastDayBeforeReorganisation,
            successions:
            [
                new(AgencySubject.Press, "bo-vhttdl", Reorganised, NationalRestructuring, false),
                new(AgencySubject.General, "bo-khcn", Reorganised, NationalRestructuring, false),
            ]),
        new("bo-khcn", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", AgencyLevel.National,
            "Bộ KH&CN", ["Bộ KHCN"]),
        new("uy-ban-dan-toc", "Ủy ban Dân tộc", "Committee for Ethnic Minority Affairs", AgencyLevel.National,
            "UBDT",
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "bo-dan-toc-ton-giao", Reorganised, "Nghị định 41/2025/NĐ-CP", true)]),
        new("bo-dan-toc-ton-giao", "Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic and Religious Affairs", AgencyLevel.National,
            "Bộ DT&TG", validFrom: Reorganised),
        new("bo-nnptnt", "Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development", AgencyLevel.National,
            "Bộ NN&PTNT", ["Bộ NNPTNT"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "bo-nnmt", Reorganised, NationalRestructuring, false)]),
        new("bo-tnmt", "Bộ Tài nguyên và Môi trường", "Ministry of Natural Resources and Environment", AgencyLevel.National,
            "Bộ TN&MT", ["Bộ TNMT"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "bo-nnmt", Reorganised, NationalRestructuring, false)]),
        new("bo-nnmt", "Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", AgencyLevel.National,
            "Bộ NN&MT", ["Bộ NNMT"], validFrom: Reorganised),
        new("bo-gtvt", "Bộ Giao thông vận tải", "Ministry of Transport", AgencyLevel.National,
            "Bộ GTVT",
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "bo-xay-dung", Reorganised, NationalRestructuring, false)]),
        new("bo-xay-dung", "Bộ Xây dựng", "Ministry of Construction", AgencyLevel.National, "BXD"),

        // ---- Provincial (cấp tỉnh) ----
        new("ubnd-tinh", "Ủy ban nhân dân tỉnh", "Provincial People's Committee", AgencyLevel.Provincial,
            "UBND tỉnh", ["Ủy ban nhân dân cấp tỉnh", "UBND cấp tỉnh", "Lãnh đạo UBND tỉnh"]),
        new("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", "Department of Labour, Invalids and Social Affairs", AgencyLevel.Provincial,
            "Sở LĐTBXH", ["Sở LĐ-TBXH", "Sở Lao động TB&XH", "Sở Lao động - TB&XH", "SLĐTBXH", "Ngành Lao động - Thương binh và Xã hội"],
            validTo: LastDayBeforeReorganisation,
            successions:
            [
                new(AgencySubject.ChildAffairs, "so-y-te", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.SocialProtection, "so-y-te", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.SocialEvilsPrevention, "so-y-te", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.VocationalEducation, "so-gddt", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.PovertyReduction, "so-nnmt", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.Labour, "so-noi-vu", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.GenderEquality, "so-noi-vu", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.MeritoriousPeople, "so-noi-vu", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.General, "so-noi-vu", Reorganised, ProvincialReorganisation, false),
            ]),
        new("so-gddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training", AgencyLevel.Provincial,
            "Sở GD&ĐT", ["Sở GDĐT", "Sở GD-ĐT"]),
        new("so-y-te", "Sở Y tế", "Department of Health", AgencyLevel.Provincial, "SYT", ["Ngành Y tế"]),
        new("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", AgencyLevel.Provincial,
            "Sở VHTTDL", ["Sở VH-TT&DL", "Sở VHTT&DL", "Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch"]),
        new("so-vhtt", "Sở Văn hóa và Thể thao", "Department of Culture and Sports", AgencyLevel.Provincial,
            "Sở VH&TT", ["Sở VHTT"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-vhttdl", Reorganised, ProvincialReorganisation, false)]),
        new("so-du-lich", "Sở Du lịch", "Department of Tourism", AgencyLevel.Provincial,
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-vhttdl", Reorganised, ProvincialReorganisation, false)]),
        new("so-tu-phap", "Sở Tư pháp", "Department of Justice", AgencyLevel.Provincial, "STP"),
        new("so-tttt", "Sở Thông tin và Truyền thông", "Department of Information and Communications", AgencyLevel.Provincial,
            "Sở TT&TT", ["Sở TTTT"],
            validTo: LastDayBeforeReorganisation,
            successions:
            [
                new(AgencySubject.Press, "so-vhttdl", Reorganised, ProvincialReorganisation, false),
                new(AgencySubject.General, "so-khcn", Reorganised, ProvincialReorganisation, false),
            ]),
        new("so-khcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology", AgencyLevel.Provincial,
            "Sở KH&CN", ["Sở KHCN"]),
        new("so-tai-chinh", "Sở Tài chính", "Department of Finance", AgencyLevel.Provincial, "STC"),
        new("so-khdt", "Sở Kế hoạch và Đầu tư", "Department of Planning and Investment", AgencyLevel.Provincial,
            "Sở KH&ĐT", ["Sở KHĐT", "Sở Kế hoạch - Đầu tư"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-tai-chinh", Reorganised, ProvincialReorganisation, false)]),
        new("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs", AgencyLevel.Provincial, "SNV",
            successions: [new(AgencySubject.Religion, "so-dan-toc-ton-giao", Reorganised, ProvincialReorganisation, false)]),
        new("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development", AgencyLevel.Provincial,
            "Sở NN&PTNT", ["Sở NNPTNT", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp - Phát triển nông thôn"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-nnmt", Reorganised, ProvincialReorganisation, false)]),
        new("so-tnmt", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment", AgencyLevel.Provincial,
            "Sở TN&MT", ["Sở TNMT"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-nnmt", Reorganised, ProvincialReorganisation, false)]),
        new("so-nnmt", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", AgencyLevel.Provincial,
            "Sở NN&MT", ["Sở NNMT"], validFrom: Reorganised),
        new("so-xay-dung", "Sở Xây dựng", "Department of Construction", AgencyLevel.Provincial, "SXD"),
        new("so-gtvt", "Sở Giao thông vận tải", "Department of Transport", AgencyLevel.Provincial,
            "Sở GTVT", ["Sở Giao thông - Vận tải"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-xay-dung", Reorganised, ProvincialReorganisation, false)]),
        new("ban-dan-toc", "Ban Dân tộc", "Provincial Ethnic Minorities Committee", AgencyLevel.Provincial,
            "BDT", ["Ban Dân tộc tỉnh"],
            validTo: LastDayBeforeReorganisation,
            successions: [new(AgencySubject.General, "so-dan-toc-ton-giao", Reorganised, ProvincialReorganisation, false)]),
        new("so-dan-toc-ton-giao", "Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs", AgencyLevel.Provincial,
            "Sở DT&TG", ["Sở DTTG"], validFrom: Reorganised),
        new("cong-an-tinh", "Công an tỉnh", "Provincial Police", AgencyLevel.Provincial, aliases: ["Công an cấp tỉnh"]),
        new("bdbp-tinh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Provincial Border Guard Command", AgencyLevel.Provincial,
            "BĐBP tỉnh", ["Bộ đội Biên phòng tỉnh", "Bộ đội Biên phòng", "Bộ Chỉ huy BĐBP tỉnh"]),
        new("toa-an-tinh", "Tòa án nhân dân tỉnh", "Provincial People's Court", AgencyLevel.Provincial,
            "TAND tỉnh", ["Tòa án nhân dân", "Tòa án nhân dân cấp tỉnh"]),
        new("vks-tinh", "Viện kiểm sát nhân dân tỉnh", "Provincial People's Procuracy", AgencyLevel.Provincial,
            "VKSND tỉnh", ["Viện kiểm sát nhân dân", "Viện kiểm sát nhân dân cấp tỉnh"]),
        new("ban-tuyen-giao-tinh-uy", "Ban Tuyên giáo Tỉnh ủy", "Provincial Party Committee's Propaganda and Education Board", AgencyLevel.Provincial,
            aliases: ["Ban Tuyên giáo"]),
        new("mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Provincial Committee of the Vietnam Fatherland Front", AgencyLevel.Provincial,
            "UBMTTQVN tỉnh",
            ["Ủy ban MTTQVN tỉnh", "Ủy ban MTTQ tỉnh", "Ủy ban MTTQ", "UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc tỉnh",
             "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "UBMTTQVN"]),
        new("tinh-doan", "Tỉnh Đoàn", "Provincial Ho Chi Minh Communist Youth Union", AgencyLevel.Provincial,
            aliases:
            [
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Đoàn TNCS Hồ Chí Minh", "Tỉnh đoàn thanh niên", "Đoàn Thanh niên",
            ]),
        new("hlhpn-tinh", "Hội Liên hiệp Phụ nữ tỉnh", "Provincial Women's Union", AgencyLevel.Provincial,
            "Hội LHPN tỉnh", ["Hội Liên hiệp Phụ nữ", "Hội LHPN"]),
        new("hoi-nong-dan-tinh", "Hội Nông dân tỉnh", "Provincial Farmers' Union", AgencyLevel.Provincial, aliases: ["Hội Nông dân"]),
        new("hoi-ccb-tinh", "Hội Cựu chiến binh tỉnh", "Provincial Veterans' Association", AgencyLevel.Provincial,
            "Hội CCB tỉnh", ["Hội Cựu chiến binh"]),
        new("ldld-tinh", "Liên đoàn Lao động tỉnh", "Provincial Federation of Labour", AgencyLevel.Provincial,
            "LĐLĐ tỉnh", ["Liên đoàn Lao động"]),
        new("hoi-bvqte-tinh", "Hội Bảo vệ quyền trẻ em tỉnh", "Provincial Association for the Protection of Children's Rights", AgencyLevel.Provincial,
            aliases: ["Liên Chi hội Bảo vệ Quyền trẻ em tỉnh", "Hội Bảo vệ quyền trẻ em", "Liên chi hội Bảo vệ quyền trẻ em"]),
        new("dai-ptth-tinh", "Đài Phát thanh và Truyền hình tỉnh", "Provincial Radio and Television Station", AgencyLevel.Provincial,
            "Đài PT-TH tỉnh",
            ["Đài Phát thanh - Truyền hình tỉnh", "Đài Phát thanh và Truyền hình", "Đài Phát thanh - Truyền hình", "Đài PT và TH tỉnh",
             "Đài PT-TH", "Đài PTTH tỉnh"]),
        new("bao-tinh", "Báo tỉnh", "Provincial newspaper", AgencyLevel.Provincial, aliases: ["Báo"]),
        new("quy-bao-tro-tre-em-tinh", "Quỹ Bảo trợ trẻ em tỉnh", "Provincial Child Support Fund", AgencyLevel.Provincial,
            "Quỹ BTTE tỉnh", ["Quỹ Bảo trợ trẻ em", "Quỹ Bảo trợ trẻ em cấp tỉnh"]),
        new("ttctxh-tinh", "Trung tâm Công tác xã hội tỉnh", "Provincial Social Work Centre", AgencyLevel.Provincial,
            "TTCTXH tỉnh", ["Trung tâm Công tác xã hội"]),
        new("ttbtxh-tinh", "Trung tâm Bảo trợ xã hội tỉnh", "Provincial Social Protection Centre", AgencyLevel.Provincial,
            "TTBTXH tỉnh", ["Trung tâm Bảo trợ xã hội"]),

        // ---- District (cấp huyện), abolished 1 July 2025 ----
        new("ubnd-huyen", "Ủy ban nhân dân huyện", "District People's Committee", AgencyLevel.District,
            "UBND huyện",
            [
                "Ủy ban nhân dân cấp huyện", "UBND cấp huyện", "Ủy ban nhân dân các huyện", "UBND các huyện",
                "Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố",
                "Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", "UBND huyện, thị, thành phố",
                "UBND huyện, thị xã, thành phố",
            ],
            validTo: LastDayOfDistricts),
        new("phong-ldtbxh", "Phòng Lao động - Thương binh và Xã hội", "District Office of Labour, Invalids and Social Affairs", AgencyLevel.District,
            "Phòng LĐTBXH", ["Phòng LĐ-TBXH", "Phòng LĐTBXH-DT"],
            validTo: LastDayOfDistricts),

        // ---- Commune (cấp xã) ----
        // One kind per body for every commune-level unit: xã, phường, thị trấn (until 30 June 2025) and đặc khu (from
        // 1 July 2025) are all "cấp xã", so their variants are aliases. The person who does child protection in the
        // commune (người làm công tác bảo vệ trẻ em cấp xã, chosen "trong số các công chức cấp xã hoặc người hoạt động
        // không chuyên trách", Luật Trẻ em art. 90.4) is a role, not a body: Workflow.WorkflowRole.CommuneOfficer.
        new("ubnd-xa", "Ủy ban nhân dân xã", "Commune People's Committee", AgencyLevel.Commune,
            "UBND xã",
            [
                "Ủy ban nhân dân cấp xã", "UBND cấp xã", "Ủy ban nhân dân các xã", "UBND các xã",
                "Ủy ban nhân dân các xã, phường, thị trấn", "UBND các xã, phường, thị trấn", "Ủy ban nhân dân các xã phường, thị trấn",
                "Ủy ban nhân dân phường, xã, đặc khu", "Ủy ban nhân dân xã, phường, đặc khu", "UBND xã, phường, đặc khu",
                "Ủy ban nhân dân phường", "UBND phường", "Ủy ban nhân dân thị trấn", "UBND thị trấn", "Ủy ban nhân dân đặc khu",
                "UBND đặc khu", "Ủy ban nhân dân các xã, phường", "UBND các xã, phường", "Ủy ban nhân dân xã, phường, thị trấn",
                "UBND xã, phường, thị trấn",
            ]),
        // "công an cấp xã" certifies a child found abandoned (Nghị định 56/2017/NĐ-CP art. 38.3.đ); commune plans give
        // "Công an phường" tasks (the unseen Cần Thơ ward plan of the importer tests).
        new("cong-an-xa", "Công an xã", "Commune Police", AgencyLevel.Commune,
            aliases:
            [
                "Công an phường", "Công an thị trấn", "Công an đặc khu", "Công an cấp xã", "Công an các xã, phường, thị trấn",
                "Công an xã, phường, thị trấn", "Công an các xã, phường", "Công an xã, phường, đặc khu",
            ]),
        // Not named by the law texts at hand; the health station's duties are set by Thông tư 33/2015/TT-BYT (chưa xác
        // minh: not read here). Which body manages it after the 2025 reorganisation is not verified either.
        new("tram-y-te-xa", "Trạm Y tế xã", "Commune Health Station", AgencyLevel.Commune,
            "TYT xã",
            [
                "Trạm Y tế phường", "Trạm Y tế thị trấn", "Trạm Y tế đặc khu", "Trạm Y tế cấp xã", "Trạm Y tế xã, phường, thị trấn",
                "Trạm Y tế các xã, phường, thị trấn", "Trạm Y tế các xã, phường", "Trạm Y tế xã, phường, đặc khu",
            ]),
        // The Front and its member organisations at commune level (Luật Trẻ em art. 91 gives them duties at every
        // level). Without these, "Hội Liên hiệp Phụ nữ xã" read as the provincial union with the qualifier "xã".
        new("mttq-xa", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Commune Committee of the Vietnam Fatherland Front", AgencyLevel.Commune,
            "UBMTTQVN xã",
            [
                "Ủy ban MTTQVN xã", "Ủy ban MTTQ xã", "UBMTTQ xã", "Ủy ban Mặt trận Tổ quốc xã", "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
                "Ủy ban Mặt trận Tổ quốc phường", "Ủy ban MTTQ phường", "Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn", "Ủy ban MTTQ thị trấn",
                "Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã", "Ủy ban Mặt trận Tổ quốc cấp xã", "Ủy ban MTTQ cấp xã", "Mặt trận Tổ quốc xã",
                "Mặt trận Tổ quốc cấp xã",
            ]),
        new("doan-thanh-nien-xa", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Commune Ho Chi Minh Communist Youth Union", AgencyLevel.Commune,
            "Đoàn TNCS Hồ Chí Minh xã",
            [
                "Đoàn Thanh niên xã", "Đoàn Thanh niên phường", "Đoàn Thanh niên thị trấn", "Đoàn Thanh niên cấp xã",
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Đoàn Thanh niên Cộng sản Hồ Chí Minh cấp xã", "Đoàn TNCS Hồ Chí Minh phường",
            ]),
        new("hlhpn-xa", "Hội Liên hiệp Phụ nữ xã", "Commune Women's Union", AgencyLevel.Commune,
            "Hội LHPN xã",
            [
                "Hội Liên hiệp Phụ nữ phường", "Hội Liên hiệp Phụ nữ thị trấn", "Hội Liên hiệp Phụ nữ cấp xã", "Hội LHPN phường",
                "Hội LHPN thị trấn", "Hội LHPN cấp xã", "Hội Phụ nữ xã", "Hội Phụ nữ phường",
            ]),
    ];
}

namespace VnChildProtection.Documents.Tests.Unseen;

/// <summary>
/// Short plans written for these tests, not among the seeds and not seen while the importer was built: another
/// province, another year, other topics and other layouts (a commune plan, a drowning-prevention plan, a Markdown
/// export with a table and Windows line breaks).
/// </summary>
internal static class UnseenPlans
{
    /// <summary>A drowning-prevention plan of Nghệ An for 2026, Decision-style labels with a restart per objective.</summary>
    public const string NgheAnDrowning = """
        ỦY BAN NHÂN DÂN
        TỈNH NGHỆ AN
        -------

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 215/KH-UBND

        Nghệ An, ngày 12 tháng 01 năm 2026

        KẾ HOẠCH
        PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM NĂM 2026 TRÊN ĐỊA BÀN TỈNH NGHỆ AN

        Căn cứ Luật Trẻ em năm 2016;

        Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;

        Căn cứ Quyết định số 1248/QĐ-TTg ngày 19/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống đuối nước trẻ em giai đoạn 2021 - 2030;

        Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống đuối nước trẻ em năm 2026 như sau:

        I. MỤC TIÊU

        1. Mục tiêu 1: Nâng cao nhận thức và kỹ năng an toàn trong môi trường nước

        - Chỉ tiêu 1: 85% cha mẹ, người chăm sóc trẻ em được cung cấp kiến thức phòng, chống đuối nước vào năm 2026.

        - Chỉ tiêu 2: Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn đạt 45% vào năm 2026.

        2. Mục tiêu 2: Giảm tử vong do đuối nước

        - Chỉ tiêu 1: Giảm tỷ suất trẻ em tử vong do đuối nước xuống còn 5/100.000 trẻ em vào năm 2026.

        II. NHIỆM VỤ, GIẢI PHÁP

        1. Truyền thông nâng cao nhận thức về phòng, chống đuối nước

        - Tổ chức các chiến dịch truyền thông trong dịp hè.

        2. Dạy bơi an toàn cho trẻ em

        - Mở lớp dạy bơi tại 100% xã có nguy cơ cao.

        III. KINH PHÍ THỰC HIỆN

        - Ngân sách tỉnh bố trí 2 tỷ đồng cho chương trình dạy bơi.

        - Cấp xã bố trí tối thiểu 20 triệu đồng/năm.

        IV. TỔ CHỨC THỰC HIỆN

        1. Sở Y tế: chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn triển khai thực hiện chỉ tiêu 1, 2 của Kế hoạch.

        2. Sở Giáo dục và Đào tạo: phối hợp với Sở Y tế thực hiện chỉ tiêu 2; tổ chức dạy bơi trong trường học.

        3. Sở Văn hóa, Thể thao và Du lịch: góp phần thực hiện chỉ tiêu 2 thông qua các bể bơi công cộng.

        V. CHẾ ĐỘ BÁO CÁO

        Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/6 và trước ngày 10/12; Sở Y tế tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/6 (đối với báo cáo 6 tháng) và trước ngày 16 tháng 12 năm 2026 (đối với báo cáo năm).

        Nơi nhận:
        - Bộ Y tế;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Trần Văn Minh
        """;

    /// <summary>A commune plan of a ward in Cần Thơ for 2025 with bulleted targets and a relative deadline.</summary>
    public const string CanThoCommune = """
        Số: 08/KH-UBND

        Phường Cái Khế, ngày 05 tháng 3 năm 2025

        KẾ HOẠCH
        Thực hiện công tác bảo vệ, chăm sóc trẻ em năm 2025 trên địa bàn phường

        Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân quận Ninh Kiều, thành phố Cần Thơ về công tác trẻ em năm 2025, Ủy ban nhân dân phường ban hành Kế hoạch như sau:

        I. MỤC TIÊU

        1. Mục tiêu cụ thể

        - 100% trẻ em có hoàn cảnh đặc biệt được quản lý, theo dõi.

        - 95% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.

        - Không để xảy ra trường hợp trẻ em bị xâm hại nghiêm trọng.

        II. NỘI DUNG

        1. Rà soát, cập nhật dữ liệu trẻ em

        2. Tổ chức Tháng hành động vì trẻ em

        III. TỔ CHỨC THỰC HIỆN

        1. Công an phường phối hợp xác minh các vụ việc xâm hại trẻ em.

        IV. CHẾ ĐỘ BÁO CÁO

        Các khu vực báo cáo về Ủy ban nhân dân phường trước ngày 10/6 và 10/11. Khi có vụ việc xâm hại trẻ em, báo cáo trong thời hạn 12 giờ; báo cáo bằng văn bản trong thời hạn 03 ngày kể từ ngày tiếp nhận thông tin.

        Nơi nhận:
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Lê Thị Thu
        """;

    /// <summary>A Markdown export (bold, a pipe table, a footnote, en dashes, CRLF) of a Lào Cai 2022 plan.</summary>
    public const string LaoCaiMarkdown = "Số: **64** /KH-UBND\r\n\r\nLào Cai, ngày **22** tháng 4 năm 2022\r\n\r\n## **KẾ HOẠCH**\r\n\r\n### **Thực hiện Chương trình hành động vì trẻ em tỉnh Lào Cai năm 2022**\r\n\r\n"
        + "Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ[1];\r\n\r\n"
        + "## **I. MỤC TIÊU, CHỈ TIÊU**\r\n\r\n**a) Mục tiêu 1:** Phát triển toàn diện trẻ em\r\n\r\n"
        + "- **Chỉ tiêu 3:** Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 20 trẻ/1.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 28 trẻ/1.000 trẻ đẻ sống\r\n\r\n"
        + "vào năm 2022.\r\n\r\n"
        + "- **Chỉ tiêu 14:** Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 98%.\r\n\r\n"
        + "| Chỉ tiêu | 2021 | 2022 |\r\n|---|---|---|\r\n| 14 | 97% | 98% |\r\n\r\n"
        + "## **II. TỔ CHỨC THỰC HIỆN**\r\n\r\n**1. Sở Lao động – Thương binh và Xã hội:** Chủ trì tham mưu thực hiện các chỉ tiêu 1–2.\r\n\r\n"
        + "**2. Sở Tư pháp:** Chủ trì hướng dẫn thực hiện chỉ tiêu 14.\r\n\r\n"
        + "[1] Quyết định phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 – 2030.\r\n";

    /// <summary>A Bình Định plan of 2023 for the national programme, its targets grouped under lead-in years
    /// (<c>a) Đến năm 2025:</c>, <c>b) Đến năm 2030:</c>) with each <c>Chỉ tiêu N</c> restated in both groups.</summary>
    public const string BinhDinhLeadInYears = """
        ỦY BAN NHÂN DÂN
        TỈNH BÌNH ĐỊNH
        -------

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        ---------------

        Số: 118/KH-UBND

        Bình Định, ngày 14 tháng 8 năm 2023

        KẾ HOẠCH
        Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Định giai đoạn 2023 - 2030

        Căn cứ Luật Trẻ em năm 2016;

        Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;

        Căn cứ Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021 - 2030;

        Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình hành động vì trẻ em tỉnh Bình Định giai đoạn 2023 - 2030 như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mục đích

        Cụ thể hóa các mục tiêu, chỉ tiêu của Chương trình hành động quốc gia vì trẻ em phù hợp với điều kiện thực tế của tỉnh; tạo môi trường sống an toàn, thân thiện để mọi trẻ em được phát triển toàn diện.

        2. Yêu cầu

        Các sở, ban, ngành, đoàn thể và Ủy ban nhân dân các huyện, thị xã, thành phố xác định cụ thể nhiệm vụ, lồng ghép các chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng năm của ngành, địa phương.

        II. MỤC TIÊU

        1. Mục tiêu chung

        Thực hiện ngày càng tốt hơn các quyền của trẻ em; tạo dựng môi trường sống an toàn, lành mạnh và thân thiện; phòng ngừa, giảm thiểu các nguy cơ gây tổn hại cho trẻ em; thu hẹp khoảng cách về điều kiện sống giữa các nhóm trẻ em và trẻ em giữa các vùng, miền.

        2. Chỉ tiêu cụ thể

        a) Đến năm 2025:

        - Chỉ tiêu 1: Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em đạt 70%.

        - Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 12‰; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 17‰.

        - Chỉ tiêu 5: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 97%.

        - Chỉ tiêu 8: 92% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp.

        - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99%.

        - Chỉ tiêu 16: Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo đạt 99,5% vào năm 2024.

        b) Đến năm 2030:

        - Chỉ tiêu 1: Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em đạt 80%.

        - Chỉ tiêu 3: Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 10‰; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 14‰.

        - Chỉ tiêu 5: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 98%; 98% trẻ em dưới 5 tuổi được tiêm chủng đầy đủ các loại vắc xin.

        - Chỉ tiêu 8: 95% trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp.

        - Chỉ tiêu 14: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 100%.

        III. NHIỆM VỤ, GIẢI PHÁP

        1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy đảng, chính quyền đối với công tác trẻ em

        - Đưa các chỉ tiêu về trẻ em vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm của các cấp.

        2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về thực hiện quyền trẻ em

        - Truyền thông về Tổng đài điện thoại quốc gia bảo vệ trẻ em số 111 trên các phương tiện thông tin đại chúng.

        3. Nâng cao chất lượng dịch vụ chăm sóc sức khỏe, giáo dục và bảo vệ trẻ em

        - Củng cố mạng lưới y tế cơ sở, tiêm chủng mở rộng và quản lý thai nghén tại trạm y tế xã.

        IV. TỔ CHỨC THỰC HIỆN

        1. Sở Lao động - Thương binh và Xã hội

        Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, đôn đốc triển khai Kế hoạch; chủ trì thực hiện các chỉ tiêu 1, 8.

        2. Sở Y tế

        Chủ trì thực hiện các chỉ tiêu 3, 5; phối hợp với Sở Lao động - Thương binh và Xã hội thực hiện chỉ tiêu 8.

        3. Sở Giáo dục và Đào tạo

        Chủ trì thực hiện chỉ tiêu 16; lồng ghép giáo dục kỹ năng sống trong nhà trường.

        4. Sở Tư pháp

        Chủ trì hướng dẫn thực hiện chỉ tiêu 14.

        5. Công an tỉnh

        Phối hợp với Sở Tư pháp thực hiện chỉ tiêu 14.

        6. Ủy ban nhân dân các huyện, thị xã, thành phố

        Xây dựng kế hoạch thực hiện các chỉ tiêu về trẻ em của địa phương; bố trí kinh phí và người làm công tác trẻ em ở cấp xã.

        V. CHẾ ĐỘ BÁO CÁO

        Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện Kế hoạch về Sở Lao động - Thương binh và Xã hội trước ngày 05/12 hằng năm; Sở Lao động - Thương binh và Xã hội tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 (đối với báo cáo năm).

        Nơi nhận:
        - Bộ Lao động - Thương binh và Xã hội;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Phạm Thị Hồng Nhung
        """;
}

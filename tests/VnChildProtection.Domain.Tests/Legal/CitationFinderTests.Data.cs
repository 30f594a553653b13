namespace VnChildProtection.Domain.Tests.Legal;

// Every citation in the four seed plans, in document order, checked line by line against the files (grep for "số",
// "/QĐ", "/NĐ", "/KH", "/TT", "CT/TW", "Luật"): the canonical text of each reference, or the error code
// of a malformed one. The line number in each comment is the line in tests/corpus/seeds/.
public partial class CitationFinderTests
{
    internal static readonly string[] Seed000QuangNgai2020 =
    [
        "27/KH-UBND", // line 3
        "1437/QĐ-TTg ngày 29/10/2018", // line 11
        "1438/QĐ-TTg ngày 29/10/2018", // line 11
        "Luật Trẻ em năm 2016", // line 37
        "20-CT/TW", // line 37
        "56/2017/NĐ-CP ngày 09/5/2017", // line 37
        "Luật Trẻ em", // line 37
        "144/2013/NĐ-CP ngày 29/10/2013", // line 37
        "56/2017/NĐ-CP", // line 75
        "11/CT-UBND ngày 07/6/2019", // line 109
        "56/2017/NĐ-CP", // line 111
        "Luật Trẻ em", // line 111
        "Luật Trẻ em", // line 111
        "56/2017/NĐ-CP", // line 111
        "98/2017/TT-BTC ngày 29/9/2017", // line 115
        "06/CT-UBND ngày 13/3/2019", // line 131
        "36/2018/TT-BLĐTBXH", // line 159
        "06/QĐ-TTg", // line 171
        "1863/QĐ-TTg ngày 23/12/2019", // line 221
        "1863/QĐ-TTg ngày 23/12/2019", // line 239
        "1863/QĐ-TTg ngày 23/12/2019", // line 247
        "Luật Ngân sách nhà nước", // line 263
        "34/2019/NĐ-CP", // line 267
        "4582/UBND-KGVX ngày 15/8/2019", // line 267
        "1863/QĐ-TTg ngày 23/12/2019", // line 277
        "56/2017/NĐ-CP ngày 09/5/2017", // line 303
        "Luật trẻ em", // line 303
        "1863/QĐ-TTg ngày 23/12/2019", // line 303
        "98/2017/TT-BTC ngày 29/9/2017", // line 303
        "Luật Trẻ em", // line 311
        "2805/LĐTBXH-TE ngày 15/7/2019", // line 311
        "4582/UBND-KGVX ngày 15/8/2019", // line 311
        "34/2019/NĐ-CP ngày 24/4/2019", // line 313
        "13/2019/TT-BNV ngày 06/11/2019", // line 313
        "2805/LĐTBXH-TE ngày 15/7/2019", // line 313
        "4582/UBND-KGVX ngày 15/8/2019", // line 313
        "Luật Trẻ em", // line 313
        "56/2017/NĐ-CP ngày 09/5/2017", // line 315
        "Luật Trẻ em", // line 315
        "27/LĐTBOXH-TE&BDG ngày 07/01/2020", // line 317
        "4541/LĐTBOXH-TE ngày 24/10/2019", // line 317
    ];

    internal static readonly string[] Seed001LangSon2023Draft =
    [
        "LEGAL-NUMBER-MISSING", // line 3
        "636/LĐTBXH-TE ngày 28/02/2023", // line 11
        "1011/VP-KGVX ngày 11/3/2023", // line 11
        "56/2017/NĐ-CP", // line 93
        "Luật Trẻ em", // line 93
        "123/TE-PTTG ngày 21/3/2023", // line 103
        "130/2021/NĐ-CP ngày 30/12/2021", // line 115
        "13/2021/TT-BLĐTBXH ngày 30/9/2021", // line 117
        "2513/LĐTBXH-TTTT ngày 14/7/2022", // line 117
        "Luật Trẻ em", // line 145
    ];

    internal static readonly string[] Seed002AnGiang2024 =
    [
        "177/KH-UBND", // line 7
        "177/KH-UBND", // line 21
        "Luật Trẻ em năm 2016", // line 31
        "56/NĐ-CP ngày 09/5/2017", // line 33
        "Luật Trẻ em", // line 33
        "20-CT/TW ngày 05/11/2012", // line 35
        "28-CT/TW ngày 25/12/2023", // line 37
        "529/KH-UBND ngày 30/8/2019", // line 39
        "530/KH-UBND ngày 30/8/2019", // line 41
        "1299/QĐ-UBND ngày 08/6/2020", // line 43
        "1472/QĐ-TTg ngày 28/9/2020", // line 45
        "LEGAL-TYPE-MISMATCH", // line 45
        "1086/QĐ-UBND ngày 25/5/2021", // line 47
        "1871/QĐ-UBND ngày 10/8/2021", // line 49
        "581/KH-UBND ngày 05/10/2021", // line 51
        "44/KH-UBND ngày 24/01/2022", // line 53
        "Luật trẻ em", // line 61
        "Luật Trẻ em năm 2016", // line 151
        "56/2017/NĐ-CP", // line 151
        "Luật trẻ em", // line 151
        "23/CT-TTg ngày 26/5/2020", // line 167
        "752a/KHLN/LĐTBXH-YT-GTVT-CAT-VHTTDL-GDĐT-NNPTNT-TĐ-LHPN-ND-CTĐ", // line 169
        "3004/QĐ-UBND ngày 24/12/2020", // line 187
        "20/2021/NĐ-CP ngày 15/3/2021", // line 209
        "588/QĐ-TTg", // line 215
        "29/2019/TT-BLĐTBXH ngày 26/12/2019", // line 261
        "36/2018/TT-BLDTBXH ngày 26/12/2018", // line 263
        "64/KH-UBND ngày 29/9/2014", // line 277
        "55a/2013/QĐ-TTg ngày 04/10/2013", // line 277
        "Luật Trẻ em", // line 327
        "20-CT/TW ngày 05/11/2012", // line 333
        "28/2019/TT-BLĐTBXH ngày 26/12/2019", // line 341
        "830/QĐ-TTg ngày 01/6/2021", // line 459
        "3004/QĐ-UBND ngày 24/12/2020", // line 527
        "06/QĐ-TTg ngày 03/01/2029", // line 592
        "177/KH-UBND", // line 636
    ];

    internal static readonly string[] Seed003QuangNinh2021To2030 =
    [
        "52/KH-UBND", // line 3
        "23/QĐ-TTg ngày 07/01/2021", // line 11
        "589/LĐTĐ-BVCSTE ngày 26/02/2021", // line 11
    ];
}

// Prints a deterministic transcript of the packages' main entry points. eng/aot-smoke.sh runs this under the JIT,
// trimmed and as a Native AOT binary and requires the three transcripts to be identical: anything that reflection
// or trimming breaks shows as a difference (or a crash) here.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.Calendars;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.DependencyInjection;
using VnChildProtection.Domain.Indicators;
using VnChildProtection.Domain.Indicators.Csv;
using VnChildProtection.Domain.Indicators.Rules;
using VnChildProtection.Domain.Legal;
using VnChildProtection.Domain.Plans.Json;
using VnChildProtection.Domain.Targets;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

var output = new StringBuilder();
void Line(string key, object? value) => output.Append(key).Append(": ").Append(value).Append('\n');

// Citations.
foreach (var text in new[] { "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", "Luật Trẻ em số 102/2016/QH13", "Thông tư 13/2021/TT-BLĐTBXH", "Quyết định số" })
{
    Line("citation " + text, LegalReference.Parse(text).Match(r => r + " | " + r.ToEnglishString(), e => e.Code + " " + e.Message));
}
foreach (var citation in CitationFinder.Default.FindAll("Căn cứ Luật Trẻ em năm 2016 và Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ;"))
{
    Line("found", citation);
}
// The same citations decomposed (NFD, as some files from macOS hold them) and without diacritics: Unicode
// normalisation must not depend on ICU (InvariantGlobalization, common in AOT apps, has no normaliser).
foreach (var text in new[] { "Nghi\u0323 \u0111i\u0323nh so\u0302\u0301 56/2017/N\u0110-CP nga\u0300y 09/5/2017", "Nghi dinh so 56/2017/ND-CP ngay 09/5/2017", "Lua\u0323\u0302t Tre\u0309 em" })
{
    Line("citation " + Uri.EscapeDataString(text), LegalReference.Parse(text).Match(r => r + " | " + r.ToEnglishString(), e => e.Code + " " + e.Message));
}
Line("without diacritics", VnChildProtection.Domain.Text.VietnameseText.RemoveDiacritics("Sở Lao động – Thương binh và Xã hội"));
Line("match key", VnChildProtection.Domain.Text.VietnameseText.ToMatchKey("Ủy ban nhân dân tỉnh Hà Tĩnh"));
Line("agency (NFD)", AgencyRegistry.Default.Resolve("So\u031B\u0309 Y te\u0302\u0301").Match(m => m.Kind.Id, u => u.ToString()));
Line("document types", string.Join(",", VnChildProtection.Domain.Legal.DocumentType.List.Select(t => t.Name)));

// The services, from the container (also exercises the container under AOT).
using var services = new ServiceCollection().AddVnChildProtection().BuildServiceProvider();

// Units.
var units = services.GetRequiredService<AdministrativeUnitRegistry>();
foreach (var code in new[] { "91", "01", "00070", "999" })
{
    Line("unit " + code, AdministrativeUnitCode.Parse(code).Match(
        c => units.FindByCode(c, new LocalDate(2026, 1, 1)).Match(u => u.FullName + " (" + u.Level.Name + ")", f => f.ToString()),
        e => e.Code));
}

// Agencies.
var agencies = services.GetRequiredService<AgencyRegistry>();
var molisa = agencies.Resolve("Sở Lao động-Thương binh và Xã hội").AsT0.Kind;
Line("agency", molisa.Id + " " + molisa.Name);
Line("holder 2026", agencies.HolderOn(molisa, AgencySubject.ChildAffairs, new LocalDate(2026, 1, 1)).Match(k => k.Name, n => n.ToString()));
Line("unknown agency", agencies.Resolve("Sở Không Tồn Tại").Match(m => m.Kind.Id, u => u.ToString()));

// Working days and time limits.
var calendar = services.GetRequiredService<WorkingDayCalendar>();
Line("add 5 working days", calendar.AddWorkingDays(new LocalDate(2025, 4, 29), 5));
Line("day 2025-05-02", calendar.GetDay(new LocalDate(2025, 5, 2)));
Line("time limit", TimeLimit.Parse("trong thời hạn 05 ngày làm việc").Match(t => t.ToString(), e => e.Code));
Line("target", Target.Parse("đạt 98,5% vào năm 2025").Match(t => t.ToString(), e => e.Code));
Line("circumstance", SpecialCircumstance.ParseLetter("a").Match(c => c.Name, e => e.Code));

// Indicators.
var registry = IndicatorRegistry.Default;
Line("indicators", registry.Indicators.Count + " indicators, " + registry.MeasureCount + " measures");
Line("measure CT3.c", registry.GetMeasure(MeasureId.Parse("CT3.c").AsT0).EnglishName);
var csv = ObservationCsv.Read("unit_code,year,indicator,measure,numerator,denominator,value,parent_code\n22001,2024,CT3,b,5,500,,22\n22002,2024,CT3,b,10,1500,,22\n");
Line("observations", csv.Observations.Count + " rows, " + csv.Errors.Count + " errors");
var hierarchy = new UnitHierarchy(new Dictionary<AdministrativeUnitCode, AdministrativeUnitCode?> { [AdministrativeUnitCode.Of("22001")] = AdministrativeUnitCode.Of("22"), [AdministrativeUnitCode.Of("22002")] = AdministrativeUnitCode.Of("22"), [AdministrativeUnitCode.Of("22003")] = AdministrativeUnitCode.Of("22") });
var province = new IndicatorEngine(hierarchy).Compute(csv.Observations, AdministrativeUnitCode.Of("22"), new MeasureId(3, 'b'), 2024);
Line("province CT3.b", province.Value + " coverage " + province.Coverage);
Line("rules", IndicatorRuleJson.Deserialize("""{"rules":[{"id":"a","name":"A","left":"CT1.a","operator":"exclusive_pair","right":"CT2.a"}]}""")
    .Match(r => r.Count + " rule(s), " + r[0].Operator.Name + ", " + r[0].Importance.Name, e => e.ToString()));

// Workflow: open a case and step it.
var commune = AdministrativeUnitCode.Of("00070");
var officer = new Actor("officer-17", WorkflowRole.CommuneOfficer, commune);
var chair = new Actor("chair-02", WorkflowRole.CommuneChair, commune);
var hotline = new Actor("operator-5", WorkflowRole.Hotline111);
var id = CaseId.Of("HN-2025-000123");
var received = new LocalDateTime(2025, 4, 29, 9, 0).InZoneStrictly(Deadline.VietnamTimeZone).ToInstant();
var workflow = CaseWorkflow.Default;
var opened = workflow.Open(new ReceiveReportCommand(id, hotline, received, ReportSource.Hotline111, commune)).AsT0;
Line("case opened", opened.State.Name + " pending " + string.Join(",", opened.Pending.Select(p => p.Obligation.Name + "@" + p.Deadline)));
var assessed = workflow.Fire(opened, new AssessInitialRiskCommand(id, officer, received, RiskLevel.High)).AsT0;
var detailed = workflow.Fire(assessed, new RecordDetailedAssessmentCommand(id, officer, received, NeedsPlan: true)).AsT0;
var drafting = workflow.Fire(detailed, new HoldNeedsMeetingCommand(id, chair, received)
{ Level = ProtectionLevel.Intervention, Categories = [SpecialCircumstance.SeriouslyHarmedByViolence] }).AsT0;
Line("case drafting", drafting.State.Name + " pending " + string.Join(",", drafting.Pending.Select(p => p.Obligation.Name + "@" + p.Deadline)));
Line("wrong role", workflow.Fire(drafting, new ApprovePlanCommand(id, officer, received, PlanVersion: 1)).Match(c => c.State.Name, e => e.Code));
Line("diagram lines", WorkflowDiagram.ToMermaid(workflow.Definition).Split('\n').Length);

// Text import of a small plan, then the plan JSON round trip.
const string planText = """
    Số: 12/KH-UBND

    Hà Tĩnh, ngày 10 tháng 01 năm 2024

    I. MỤC TIÊU

    a) Mục tiêu 1: Phát triển toàn diện trẻ em

    - Chỉ tiêu 3: giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 7 trẻ/1.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 15 trẻ/1.000 trẻ đẻ sống.

    II. TỔ CHỨC THỰC HIỆN

    1. Sở Y tế: chủ trì thực hiện chỉ tiêu 3.

    III. CHẾ ĐỘ BÁO CÁO

    Các sở, ngành báo cáo 6 tháng về Sở Y tế trước ngày 15/6.
    """;
var imported = new PlanTextImporter().Import(planText);
Line("imported", imported.Plan.Indicators.Count + " indicator(s), " + imported.Plan.Responsibilities.Count + " responsibility(ies), "
    + imported.Plan.Reporting.Count + " reporting line(s), " + imported.Diagnostics.Count + " diagnostic(s)");
var json = PlanJson.Serialize(imported.Plan);
Line("plan json sha256", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
Line("plan json round trip", PlanJson.Deserialize(json).Match(p => p == imported.Plan ? "equal" : "DIFFERENT", e => e.ToString()));
Line("plan json error", PlanJson.Deserialize("""{ "responsibilities": [ { "agency": "Sở Y tế", "role": "chủ trì" } ] }""").Match(_ => "none", e => e.ToString()));
output.Append(json).Append('\n');

// Word import of the same plan, built in memory.
using (var docx = new MemoryStream())
{
    using (var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
    {
        var body = new Body();
        foreach (var paragraph in planText.Split('\n').Where(l => l.Length > 0))
        {
            body.AppendChild(new Paragraph(new Run(new Text(paragraph) { Space = SpaceProcessingModeValues.Preserve })));
        }
        document.AddMainDocumentPart().Document = new Document(body);
    }
    docx.Position = 0;
    Line("word import", new PlanWordImporter().Import(docx).Match(
        r => r.Import.Plan == imported.Plan ? "same plan as the text import" : "DIFFERENT plan", e => e.ToString()));
}

var transcript = output.ToString();
Console.Out.Write(transcript);

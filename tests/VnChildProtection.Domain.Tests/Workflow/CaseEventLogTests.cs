using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Children;
using VnChildProtection.Domain.Workflow;
using static VnChildProtection.Domain.Tests.Workflow.WorkflowFixtures;

namespace VnChildProtection.Domain.Tests.Workflow;

public class CaseEventLogTests
{
    [Fact]
    public void ToJson_WritesIsoInstantsDeadlinesAndNames()
    {
        var drafting = Received(TuesdayMorning)
            .Fire(new AssessInitialRiskCommand(Id, Officer, TuesdayMorning, RiskLevel.High))
            .Fire(new RecordDetailedAssessmentCommand(Id, Officer, TuesdayMorning, NeedsPlan: true))
            .Fire(new HoldNeedsMeetingCommand(Id, Chair, TuesdayMorning) { Level = ProtectionLevel.Intervention, Categories = [SpecialCircumstance.SeriouslyHarmedByViolence] });

        var json = CaseEventLog.ToJson(drafting.History);

        using var document = JsonDocument.Parse(json);
        var meeting = document.RootElement[3];
        Assert.Equal("HoldNeedsMeeting", meeting.GetProperty("trigger").GetString());
        Assert.Equal("2025-04-29T02:00:00Z", meeting.GetProperty("at").GetString());
        Assert.Equal("00070", meeting.GetProperty("actorCommune").GetString());
        Assert.Equal("Intervention", meeting.GetProperty("level").GetString());
        Assert.Equal("SeriouslyHarmedByViolence", meeting.GetProperty("categories")[0].GetString());
        var opened = meeting.GetProperty("opened")[0];
        Assert.Equal("DraftPlan", opened.GetProperty("obligation").GetString());
        Assert.Equal("2025-05-09", opened.GetProperty("deadline").GetString());
        Assert.False(meeting.TryGetProperty("reason", out _));
    }

    [Fact]
    public void Parse_ToJson_RoundTripsAndReplaysEqual()
    {
        var late = Local(2025, 5, 11, 2, 0);
        var submitted = Drafting(TuesdayMorning).Fire(new SubmitPlanCommand(Id, Officer, late));

        var events = CaseEventLog.Parse(CaseEventLog.ToJson(submitted.History)).AsT0;

        Assert.True(submitted.History.SequenceEqual(events));
        var replayed = Case.Replay(events).AsT0;
        Assert.Equal(submitted, replayed);
        Assert.Equal(submitted.Outcomes.Single().Lateness, replayed.Outcomes.Single().Lateness);
    }

    [Theory]
    [InlineData("", CaseEventLogErrorCodes.Syntax)]
    [InlineData("{}", CaseEventLogErrorCodes.Type)]
    [InlineData("null", CaseEventLogErrorCodes.Null)]
    [InlineData("[null]", CaseEventLogErrorCodes.Null)]
    [InlineData("[{\"caseId\":\"Nguyễn Văn A\"}]", CaseEventLogErrorCodes.Value)] // a string, but not a case identifier
    [InlineData("[{\"caseId\":\"A\",\"sequence\":1,\"trigger\":\"Bogus\",\"to\":\"Received\",\"actorId\":\"x\",\"role\":\"Police\",\"at\":\"2025-01-01T00:00:00Z\"}]", CaseEventLogErrorCodes.Value)] // a string, but no trigger's name
    public void Parse_Malformed_JsonErrorWithoutInput(string json, string code)
    {
        // One code, WORKFLOW-JSON, became the family WORKFLOW-JSON-<kind> of the library's one JSON error.
        var error = CaseEventLog.Parse(json).AsT1;
        Assert.StartsWith("WORKFLOW-JSON", error.Code, System.StringComparison.Ordinal);
        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("Nguyễn", error.ToString(), System.StringComparison.Ordinal);
    }

    private static readonly string ValidJson = CaseEventLog.ToJson(Reviewed(TuesdayMorning, ReviewFinding.StillAtRisk).History);

    [Property(MaxTest = 10_000)]
    public Property Parse_ArbitraryOrMutatedJson_NeverThrowsAndReplayNeverThrows()
    {
        // Mutations of a real log reach the converters and the replay checks; plain strings reach the reader.
        var mutated = from start in Gen.Choose(0, ValidJson.Length - 1)
                      from length in Gen.Choose(0, 12)
                      from insert in Gen.Elements("", "\"", "null", "0", "\"x\"", "[", "}", "\"Closed\"", "\"2025-13-01\"", "-1")
                      select ValidJson[..start] + insert + ValidJson[System.Math.Min(ValidJson.Length, start + length)..];
        var inputs = Gen.OneOf(mutated, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));
        return Prop.ForAll(inputs.ToArbitrary(), json =>
            CaseEventLog.Parse(json).Match(events => Case.Replay(events).Match(_ => true, _ => true), _ => true));
    }

    [Fact]
    public void Replay_EventOfAnotherCase_InvalidHistory()
    {
        var drafting = Drafting(TuesdayMorning);
        var tampered = drafting.History.SetItem(2, drafting.History[2] with { CaseId = CaseId.Of("OTHER") });
        Assert.Equal(TransitionErrorKind.InvalidHistory, Case.Replay(tampered).AsT1.Kind);
    }
}

using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Domain.Tests.Workflow;

public class WorkflowDefinitionTests
{
    private static readonly WorkflowDefinition Table = WorkflowDefinition.Default;

    [Fact]
    public void DiagramPage_MatchesGeneratedMermaid()
    {
        var page = File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "workflow-diagram.md")).Replace("\r\n", "\n", System.StringComparison.Ordinal);
        var block = Regex.Match(page, "```mermaid\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;

        Assert.Equal(WorkflowDiagram.ToMermaid(Table), block);
    }

    [Fact]
    public void ToMermaid_DrawsGuardsAndRoles()
    {
        var text = WorkflowDiagram.ToMermaid(Table);

        Assert.StartsWith("stateDiagram-v2\n", text, System.StringComparison.Ordinal);
        Assert.Contains("    [*] --> Received : ReceiveReport (Hotline111, Police, LabourSocialBody, CommuneOfficer)\n", text, System.StringComparison.Ordinal);
        Assert.Contains("    Reviewing --> Closed : Close [the review found the child safe and stable] (CommuneChair)\n", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain(";", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Table_EveryTriggerHasARuleAndEveryRuleCitesTheLaw()
    {
        Assert.All(WorkflowTrigger.List, t => Assert.Contains(Table.Transitions, r => r.Trigger == t));
        Assert.All(CaseState.List, s => Assert.Contains(Table.Transitions, r => r.To == s));
        Assert.All(Table.Transitions, r => Assert.Matches("^(Decree 56/2017/NĐ-CP|Law on Children 2016) art\\. ", r.Citation));
        Assert.All(Table.Transitions, r => Assert.NotEmpty(r.Roles));
        Assert.All(Table.Obligations, o => Assert.StartsWith("Decree 56/2017/NĐ-CP art. ", o.Citation, System.StringComparison.Ordinal));
        Assert.Equal(Table.Transitions.Length, Table.Transitions.Select(r => (r.From, r.Trigger)).Distinct().Count());
    }

    [Fact]
    public void Table_EachTriggerHasItsOwnCommandType()
    {
        var steps = Table.Transitions.Select(r => (r.Trigger, r.CommandType)).Distinct().ToArray();

        Assert.Equal(WorkflowTrigger.List.Count, steps.Length);
        Assert.Equal(steps.Length, steps.Select(s => s.CommandType).Distinct().Count());
        Assert.All(steps, s => Assert.Equal(s.Trigger.Name + "Command", s.CommandType.Name));
        Assert.All(steps, s => Assert.True(s.CommandType.IsSealed && s.CommandType.IsSubclassOf(typeof(CaseCommand))));
    }

    [Fact]
    public void Table_EachRowListsTheDataItsCommandRequires()
    {
        // The data a row shows is the command's constructor beyond the case, the actor and the instant.
        foreach (var row in Table.Transitions)
        {
            var parameters = row.CommandType.GetConstructors().Single(c => c.GetParameters()[0].ParameterType == typeof(CaseId)).GetParameters().Skip(3);
            var expected = parameters.Select(p => char.ToLowerInvariant(p.Name![0]) + p.Name[1..] + ": " + (p.ParameterType == typeof(int) ? "int" : p.ParameterType == typeof(bool) ? "bool" : p.ParameterType == typeof(string) ? "string" : p.ParameterType.Name));
            Assert.Equal(expected, row.Data);
        }
    }

    [Fact]
    public void Obligations_PeriodsAreThoseOfTheDecree()
    {
        Assert.Equal(("12 hours", "12 giờ"), (Table.RuleFor(Obligation.EmergencyProtection).TimeLimit.ToEnglishString(), Table.RuleFor(Obligation.EmergencyProtection).TimeLimit.ToString()));
        Assert.Equal(("5 working days", "5 ngày làm việc"), (Table.RuleFor(Obligation.DraftPlan).TimeLimit.ToEnglishString(), Table.RuleFor(Obligation.DraftPlan).TimeLimit.ToString()));
        Assert.Equal(("2 working days", "2 ngày làm việc"), (Table.RuleFor(Obligation.DecideOnPlan).TimeLimit.ToEnglishString(), Table.RuleFor(Obligation.DecideOnPlan).TimeLimit.ToString()));
        Assert.Equal(("15 days", "15 ngày"), (Table.RuleFor(Obligation.EndSeparation).TimeLimit.ToEnglishString(), Table.RuleFor(Obligation.EndSeparation).TimeLimit.ToString()));
        Assert.True(Table.RuleFor(Obligation.EmergencyProtection).RunsFromReceipt);
    }

    [Fact]
    public void Roles_ChairApprovesOfficerDrafts()
    {
        Assert.Equal([WorkflowRole.CommuneChair], Table.RolesFor(WorkflowTrigger.ApprovePlan));
        Assert.Equal([WorkflowRole.CommuneOfficer], Table.RolesFor(WorkflowTrigger.SubmitPlan));
        Assert.Equal([WorkflowRole.CommuneChair], Table.RolesFor(WorkflowTrigger.SeparateTemporarily));
        Assert.Equal(new[] { WorkflowRole.CommuneChair, WorkflowRole.Police }.ToHashSet(), Table.RolesFor(WorkflowTrigger.ApplyEmergencyMeasures).ToHashSet());
    }
}

using System.IO;
using System.Linq;
using System.Text.Json;
using VnChildProtection.Domain.Tests;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.Cli.Tests.Commands;

public class WorkflowCommandTests
{
    [Fact]
    public void Diagram_PrintsGeneratedMermaidAsInDocs()
    {
        var (code, output, _) = CliRunner.Run("workflow", "diagram");

        Assert.Equal(0, code);
        Assert.Equal(WorkflowDiagram.ToMermaid(WorkflowDefinition.Default), output);
        var page = File.ReadAllText(Path.Combine(SeedCorpus.Root, "..", "..", "docs", "workflow-diagram.md"));
        Assert.Contains(output, page, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_Json_ReportBeforeReunificationBreak()
    {
        var (code, output, _) = CliRunner.Run("workflow", "deadlines", "--received", "2025-04-29T09:00", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal("DraftPlan", items[0].GetProperty("obligation").GetString());
        Assert.Equal("Decree 56/2017/NĐ-CP art. 28.1", items[0].GetProperty("article").GetString());
        Assert.Equal("2025-05-10T00:00:00+07:00", items[0].GetProperty("due").GetString());
        Assert.Equal("2025-05-09", items[0].GetProperty("lastDay").GetString());
        Assert.Equal("DecideOnPlan", items[1].GetProperty("obligation").GetString());
        Assert.Equal("2025-05-13", items[1].GetProperty("lastDay").GetString());
    }

    [Fact]
    public void Deadlines_EmergencyTable_Shows12HoursOnly()
    {
        var (code, output, _) = CliRunner.Run("workflow", "deadlines", "--received", "2025-04-29T09:00", "--emergency");

        Assert.Equal(0, code);
        Assert.Contains("EmergencyProtection", output, System.StringComparison.Ordinal);
        Assert.Contains("2025-04-29 21:00", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("DraftPlan", output, System.StringComparison.Ordinal);
        Assert.Contains("do not apply in an emergency", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_Table_ShowsLastDays()
    {
        var (code, output, _) = CliRunner.Run("workflow", "deadlines", "--received", "2025-04-29T09:00");

        Assert.Equal(0, code);
        Assert.Contains("end of Fri 2025-05-09", output, System.StringComparison.Ordinal);
        Assert.Contains("end of Tue 2025-05-13", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_BadTime_ExitsTwo()
    {
        var (code, _, error) = CliRunner.Run("workflow", "deadlines", "--received", "29/04/2025 9h");
        Assert.Equal(2, code);
        Assert.Contains("yyyy-MM-ddTHH:mm", error, System.StringComparison.Ordinal);
    }
}

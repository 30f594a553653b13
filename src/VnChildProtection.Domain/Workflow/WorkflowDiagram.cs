using System.Linq;
using System.Text;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Draws a <see cref="WorkflowDefinition"/> as a Mermaid <c>stateDiagram-v2</c>: one line per transition, labelled
/// with the trigger, its guards in brackets and the roles allowed in parentheses; then, in a note beside the state each
/// step first leaves (or, for a step that opens a case, reaches), the data its command requires:
/// <c>ApprovePlan(planVersion: int)</c>.
/// </summary>
/// <remarks>
/// <para>Generated from the same rows that drive <see cref="CaseWorkflow"/>, so the picture cannot drift from the code;
/// docs/workflow-diagram.md holds the output for <see cref="WorkflowDefinition.Default"/> and a test compares them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class WorkflowDiagram
{
    /// <summary>The Mermaid text, lines separated by <c>\n</c>, ending with a newline.</summary>
    /// <param name="definition">The table to draw.</param>
    /// <returns>The diagram.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static string ToMermaid(WorkflowDefinition definition)
    {
        Preconditions.CheckNotNull(definition);
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in CaseState.List.OrderBy(s => s.Value))
        {
            text.Append("    ").Append(state.Name).Append(" : ").Append(state.Name).Append(" (").Append(state.VietnameseName).Append(")\n");
        }
        foreach (var rule in definition.Transitions)
        {
            text.Append("    ").Append(rule.From?.Name ?? "[*]").Append(" --> ").Append(rule.To.Name).Append(" : ").Append(rule.Trigger.Name);
            if (!rule.Guards.IsEmpty)
            {
                text.Append(" [").Append(string.Join(" and ", rule.Guards.Select(g => g.Description))).Append(']');
            }
            text.Append(" (").Append(string.Join(", ", rule.Roles.Select(r => r.Name))).Append(")\n");
        }
        // Each step's data once, beside the state its first row leaves (a step that opens a case: the state it reaches).
        var data = definition.Transitions
            .Where(rule => !rule.Data.IsEmpty)
            .GroupBy(rule => rule.Trigger)
            .Select(step => (State: step.First().From ?? step.First().To, Step: step.First()))
            .GroupBy(note => note.State)
            .OrderBy(notes => notes.Key.Value);
        foreach (var notes in data)
        {
            text.Append("    note right of ").Append(notes.Key.Name).Append('\n');
            foreach (var (_, step) in notes)
            {
                text.Append("        ").Append(step.Trigger.Name).Append('(').Append(string.Join(", ", step.Data)).Append(")\n");
            }
            text.Append("    end note\n");
        }
        text.Append("    ").Append(CaseState.Closed.Name).Append(" --> [*]\n");
        return text.ToString();
    }
}

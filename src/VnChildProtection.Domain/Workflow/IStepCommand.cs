using System.Collections.Immutable;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// What a command type says about its step without an instance: its trigger and the data its constructor requires, so
/// that a row of <see cref="WorkflowDefinition"/> takes both from the type and the diagram can show the data.
/// </summary>
internal interface IStepCommand
{
    /// <summary>The trigger the command type fires.</summary>
    static abstract WorkflowTrigger Step { get; }

    /// <summary>The data the command requires, as <c>name: Type</c>, in constructor order.</summary>
    static abstract ImmutableArray<string> Data { get; }
}

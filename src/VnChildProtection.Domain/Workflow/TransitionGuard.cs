using System;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// A legal condition a step requires (điều kiện), with a readable description that the diagram shows, such as
/// "the review found the child safe and stable".
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TransitionGuard
{
    private readonly Func<Case, CaseCommand, bool> holds;

    internal TransitionGuard(string description, string citation, Func<Case, CaseCommand, bool> holds)
    {
        Description = Preconditions.CheckNotBlank(description);
        Citation = Preconditions.CheckNotBlank(citation);
        this.holds = holds;
    }

    /// <summary>A guard of a step whose condition reads the step's typed command.</summary>
    /// <typeparam name="TCommand">The command type of the step.</typeparam>
    /// <param name="description">What must hold, in English.</param>
    /// <param name="citation">The article the condition comes from.</param>
    /// <param name="holds">The condition.</param>
    /// <returns>The guard; it does not hold for a command of another type.</returns>
    internal static TransitionGuard For<TCommand>(string description, string citation, Func<Case, TCommand, bool> holds)
        where TCommand : CaseCommand =>
        new(description, citation, (c, command) => command is TCommand typed && holds(c, typed));

    /// <summary>What must hold, in English, e.g. <c>the review found the child safe and stable</c>.</summary>
    public string Description { get; }

    /// <summary>The article the condition comes from.</summary>
    public string Citation { get; }

    /// <summary>Whether the condition holds for a step on a case.</summary>
    /// <param name="current">The case before the step.</param>
    /// <param name="command">The step requested.</param>
    /// <returns><c>true</c> when the step may proceed as far as this condition goes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsSatisfiedBy(Case current, CaseCommand command) =>
        holds(Preconditions.CheckNotNull(current), Preconditions.CheckNotNull(command));

    /// <summary>The description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}

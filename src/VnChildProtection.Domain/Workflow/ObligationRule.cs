using System;
using System.Collections.Immutable;
using NodaTime;
using VnChildProtection.Domain.Calendars;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// One statutory time limit of the definition table: its time limit, article, the steps that start and fulfil it, when it
/// applies and who answers for it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ObligationRule
{
    private readonly Func<Case, CaseCommand, bool> applies;

    internal ObligationRule(
        Obligation obligation, TimeLimit timeLimit, string citation, ImmutableArray<WorkflowTrigger> openedBy,
        ImmutableArray<WorkflowTrigger> fulfilledBy, bool runsFromReceipt, WorkflowRole responsible, string condition,
        Func<Case, CaseCommand, bool> applies)
    {
        Obligation = obligation;
        TimeLimit = timeLimit;
        Citation = citation;
        OpenedBy = openedBy;
        FulfilledBy = fulfilledBy;
        RunsFromReceipt = runsFromReceipt;
        Responsible = responsible;
        Condition = condition;
        this.applies = applies;
    }

    /// <summary>The obligation.</summary>
    public Obligation Obligation { get; }

    /// <summary>The time limit (thời hạn): <c>12 giờ</c>, <c>5 ngày làm việc</c>, <c>15 ngày</c>.</summary>
    public TimeLimit TimeLimit { get; }

    /// <summary>The article that sets it.</summary>
    public string Citation { get; }

    /// <summary>The steps that start it.</summary>
    public ImmutableArray<WorkflowTrigger> OpenedBy { get; }

    /// <summary>The steps that fulfil it.</summary>
    public ImmutableArray<WorkflowTrigger> FulfilledBy { get; }

    /// <summary>Whether the period runs from the receipt of the report rather than from the step that starts it.</summary>
    public bool RunsFromReceipt { get; }

    /// <summary>The role that answers for it.</summary>
    public WorkflowRole Responsible { get; }

    /// <summary>When it applies, in English, e.g. <c>unless the case is an emergency</c>.</summary>
    public string Condition { get; }

    /// <summary>Whether a step starts this obligation on a case.</summary>
    /// <param name="current">The case before the step.</param>
    /// <param name="command">The step.</param>
    /// <returns><c>true</c> when the step opens it.</returns>
    public bool IsOpenedBy(Case current, CaseCommand command) =>
        OpenedBy.Contains(command.Trigger) && applies(current, command);

    /// <summary>The obligation's start and deadline for a step on a case.</summary>
    /// <param name="current">The case before the step.</param>
    /// <param name="at">When the step is taken.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The running obligation.</returns>
    public PendingObligation Start(Case current, Instant at, WorkingDayCalendar calendar)
    {
        var start = RunsFromReceipt ? current.ReceivedAt : at;
        return new PendingObligation { Obligation = Obligation, Citation = Citation, Start = start, Deadline = TimeLimit.DeadlineFrom(start, calendar) };
    }

    /// <summary><c>DraftPlan: 5 working days (Decree 56/2017/NĐ-CP art. 28.1)</c>.</summary>
    /// <returns>The rule as text.</returns>
    public override string ToString() => $"{Obligation.Name}: {TimeLimit.ToEnglishString()} ({Citation})";
}

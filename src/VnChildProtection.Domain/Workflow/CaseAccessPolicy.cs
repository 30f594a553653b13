using System.Linq;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.Domain.Workflow;

/// <summary>
/// Who may see and act on a case: a pure function of the actor (role, commune), the case and the definition table.
/// </summary>
/// <remarks>
/// <para>Case records are a child's personal data, kept confidential (
/// Decree 56/2017/NĐ-CP art. 33; Decree 13/2023/NĐ-CP), so access follows need: the officer and chair of the owning
/// commune see the case; the officer and chair of a commune a transfer was requested to see it while the request is
/// pending; the hotline and labour-social bodies, which connect services and guide emergencies (art. 29.4, 31.3.c),
/// see open cases; the police see open cases found in serious harm (art. 31.4). Nobody else sees closed cases.</para>
/// <para>Acting needs a transition of the current state whose roles include the actor's and, for commune roles, the
/// right commune; guards are not consulted (they depend on the command).</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class CaseAccessPolicy
{
    /// <summary>Whether <paramref name="actor"/> may see <paramref name="current"/>.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="current">The case.</param>
    /// <returns><c>true</c> when the actor may read the case record.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static bool CanView(Actor actor, Case current)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(current);
        if (actor.Role.IsCommuneRole)
        {
            return current.Commune.Equals(actor.Commune) || (current.PendingTransferTo?.Equals(actor.Commune) ?? false);
        }
        if (actor.Role == WorkflowRole.Police)
        {
            return current.State.IsOpen && current.IsEmergency;
        }
        return current.State.IsOpen;
    }

    /// <summary>Whether <paramref name="actor"/> may fire <paramref name="trigger"/> on <paramref name="current"/> now, guards aside.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="current">The case.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="definition">The table; <see cref="WorkflowDefinition.Default"/> when null.</param>
    /// <returns><c>true</c> when the state, role and commune allow it.</returns>
    /// <exception cref="System.ArgumentNullException">An argument other than <paramref name="definition"/> is null.</exception>
    public static bool CanFire(Actor actor, Case current, WorkflowTrigger trigger, WorkflowDefinition? definition = null)
    {
        Preconditions.CheckNotNull(actor);
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotNull(trigger);
        var rule = (definition ?? WorkflowDefinition.Default).Find(current.State, trigger);
        if (rule is null || !rule.Roles.Contains(actor.Role))
        {
            return false;
        }
        var commune = rule.ActsForReceivingCommune ? current.PendingTransferTo : current.Commune;
        return !actor.Role.IsCommuneRole || (commune?.Equals(actor.Commune) ?? false);
    }

    /// <summary>Whether <paramref name="actor"/> may fire any trigger on <paramref name="current"/> now, guards aside.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="current">The case.</param>
    /// <param name="definition">The table; <see cref="WorkflowDefinition.Default"/> when null.</param>
    /// <returns><c>true</c> when some step is open to the actor.</returns>
    /// <exception cref="System.ArgumentNullException">An argument other than <paramref name="definition"/> is null.</exception>
    public static bool CanAct(Actor actor, Case current, WorkflowDefinition? definition = null)
    {
        Preconditions.CheckNotNull(current);
        var table = definition ?? WorkflowDefinition.Default;
        return table.TriggersFrom(current.State).Any(t => CanFire(actor, current, t, table));
    }
}

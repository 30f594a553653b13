using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using OneOf;
using OneOf.Types;
using VnChildProtection.Domain.Units;
using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// The event store of cases over an EF Core context whose model includes the library's tables
/// (<see cref="VnChildProtectionModelBuilderExtensions.UseVnChildProtection"/>): appends a case's new events with
/// optimistic concurrency, reads a case back by replaying its events, and answers the caseload queries from indexed
/// tables kept in the same transaction.
/// </summary>
/// <remarks>
/// <para>One append is one transaction: the events, the stream head (<see cref="StoredCase"/>), the case's pending
/// obligations and the step's notices (the outbox) are all stored, or none is. Two writers that read the same version
/// cannot both append: the second gets a <see cref="CaseConflict"/>, and no event is lost or duplicated.</para>
/// <para>An instance uses its context and is not thread-safe, as a <see cref="DbContext"/> is not; give each writer its own.</para>
/// </remarks>
public sealed class CaseStore
{
    private readonly DbContext context;

    /// <summary>A store over a context whose model includes the library's tables.</summary>
    /// <param name="context">The context; the store starts its own transactions unless one is open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public CaseStore(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        this.context = context;
    }

    /// <summary>Reads a case back by replaying its events in sequence order.</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>
    /// The case, <see cref="NotFound"/> when no event is stored for it, or the <see cref="TransitionError"/> of a stored
    /// history that the workflow refuses (an event that does not parse counts as such a history).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public async Task<OneOf<Case, NotFound, TransitionError>> LoadAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var payloads = await context.Set<StoredCaseEvent>().AsNoTracking()
            .Where(e => e.CaseId == id)
            .OrderBy(e => e.Sequence)
            .Select(e => e.Payload)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (payloads.Count == 0)
        {
            return default(NotFound);
        }
        var events = new List<CaseEvent>(payloads.Count);
        foreach (var payload in payloads)
        {
            var parsed = CaseEventLog.ParseEvent(payload);
            if (parsed.TryPickT1(out var error, out var caseEvent))
            {
                return new TransitionError(TransitionErrorKind.InvalidHistory, WorkflowTrigger.ReceiveReport, null,
                    "A stored event does not parse: " + error.Code + " at " + error.Path + ".");
            }
            events.Add(caseEvent);
        }
        return Case.Replay(events).Match<OneOf<Case, NotFound, TransitionError>>(c => c, e => e);
    }

    /// <summary>The version of a case's stream: how many events are stored for it (0 for a case never stored).</summary>
    /// <param name="id">The case.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public async Task<int> VersionAsync(CaseId id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await context.Set<StoredCase>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Version)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends the events of <paramref name="updated"/> after <paramref name="expectedVersion"/>, with the step's
    /// notices, the case's pending obligations and its stream head, in one transaction.
    /// </summary>
    /// <param name="updated">The case after the steps to store (a result of <see cref="CaseWorkflow.Open"/> or
    /// <see cref="CaseWorkflow.Fire"/>); its <see cref="Case.Notices"/> go to the outbox.</param>
    /// <param name="expectedVersion">The stream version the writer read (<see cref="Case.History"/>'s length of the
    /// case it fired on; 0 for a new case).</param>
    /// <param name="cancellationToken">Cancels the append; a cancelled append stores nothing.</param>
    /// <returns>The new stream version, or a <see cref="CaseConflict"/> when another writer appended first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updated"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative or leaves no event to append.</exception>
    public async Task<OneOf<int, CaseConflict>> AppendAsync(Case updated, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var version = updated.History.Length;
        if (expectedVersion < 0 || expectedVersion >= version)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "The case has no event after this version.");
        }
        var ownTransaction = context.Database.CurrentTransaction is null;
        var transaction = ownTransaction ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            var headMoved = await WriteHeadAsync(updated, expectedVersion, cancellationToken).ConfigureAwait(false);
            if (!headMoved)
            {
                await RollbackAsync(transaction).ConfigureAwait(false);
                return await ConflictAsync(updated.Id, expectedVersion, cancellationToken).ConfigureAwait(false);
            }
            await context.Set<StoredObligation>().Where(o => o.CaseId == updated.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            AddRows(updated, expectedVersion);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            return version;
        }
        catch (DbUpdateException)
        {
            // A second writer of a new case loses on the head's key; any other failure is not a conflict.
            await RollbackAsync(transaction).ConfigureAwait(false);
            var actual = await VersionAsync(updated.Id, cancellationToken).ConfigureAwait(false);
            if (actual != expectedVersion)
            {
                return new CaseConflict(updated.Id, expectedVersion, actual);
            }
            throw;
        }
        finally
        {
            context.ChangeTracker.Clear();
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The open cases of a commune, oldest report first (reads the index on commune and openness).</summary>
    /// <param name="commune">The commune.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stream heads of the open cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commune"/> is null.</exception>
    public async Task<IReadOnlyList<StoredCase>> OpenCasesAsync(AdministrativeUnitCode commune, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return await context.Set<StoredCase>().AsNoTracking()
            .Where(c => c.Commune == commune && c.IsOpen)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The obligations of a commune's cases due before an instant, soonest first (reads the index on commune and due).</summary>
    /// <param name="commune">The commune.</param>
    /// <param name="dueBefore">The end of the window, exclusive: pass "now" for the overdue ones.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pending obligations.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commune"/> is null.</exception>
    public async Task<IReadOnlyList<StoredObligation>> PendingObligationsAsync(AdministrativeUnitCode commune, Instant dueBefore, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commune);
        return await context.Set<StoredObligation>().AsNoTracking()
            .Where(o => o.Commune == commune && o.Due < dueBefore)
            .OrderBy(o => o.Due).ThenBy(o => o.CaseId).ThenBy(o => o.Ordinal)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notices still in the outbox, in the order they were stored.</summary>
    /// <param name="max">How many to read at most.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The waiting notices.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is not positive.</exception>
    public async Task<IReadOnlyList<StoredNotice>> UndispatchedNoticesAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return await context.Set<StoredNotice>().AsNoTracking()
            .Where(n => n.DispatchedAt == null)
            .OrderBy(n => n.Id).Take(max)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks notices as sent, so the outbox no longer returns them.</summary>
    /// <param name="ids">The notices' <see cref="StoredNotice.Id"/>.</param>
    /// <param name="at">When they were sent.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>How many notices were marked (a notice marked before is not marked again).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ids"/> is null.</exception>
    public async Task<int> MarkDispatchedAsync(IEnumerable<long> ids, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        return await context.Set<StoredNotice>()
            .Where(n => list.Contains(n.Id) && n.DispatchedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.DispatchedAt, at), cancellationToken).ConfigureAwait(false);
    }

    // Moves the head from the expected version to the new one; false when another writer moved it first. A new case's
    // head is inserted with the other rows, where a concurrent insert fails on the key.
    private async Task<bool> WriteHeadAsync(Case updated, int expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion == 0)
        {
            context.Set<StoredCase>().Add(new StoredCase
            {
                Id = updated.Id,
                Version = updated.History.Length,
                Commune = updated.Commune,
                State = updated.State,
                IsOpen = updated.State.IsOpen,
                ReceivedAt = updated.ReceivedAt,
                LastEventAt = updated.LastEventAt,
            });
            return true;
        }
        var moved = await context.Set<StoredCase>()
            .Where(c => c.Id == updated.Id && c.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Version, updated.History.Length)
                .SetProperty(c => c.Commune, updated.Commune)
                .SetProperty(c => c.State, updated.State)
                .SetProperty(c => c.IsOpen, updated.State.IsOpen)
                .SetProperty(c => c.LastEventAt, updated.LastEventAt), cancellationToken).ConfigureAwait(false);
        return moved == 1;
    }

    private void AddRows(Case updated, int expectedVersion)
    {
        foreach (var e in updated.History.Skip(expectedVersion))
        {
            context.Set<StoredCaseEvent>().Add(new StoredCaseEvent
            {
                CaseId = e.CaseId,
                Sequence = e.Sequence,
                Trigger = e.Trigger,
                At = e.At,
                Payload = CaseEventLog.ToJson(e),
            });
        }
        var ordinal = 0;
        foreach (var pending in updated.Pending)
        {
            context.Set<StoredObligation>().Add(new StoredObligation
            {
                CaseId = updated.Id,
                Ordinal = ++ordinal,
                Commune = updated.Commune,
                Obligation = pending.Obligation,
                Citation = pending.Citation,
                Start = pending.Start,
                Due = pending.Deadline.Due,
            });
        }
        foreach (var notice in updated.Notices)
        {
            context.Set<StoredNotice>().Add(new StoredNotice
            {
                CaseId = notice.CaseId,
                Sequence = updated.History.Length,
                Trigger = notice.Trigger,
                At = notice.At,
                Recipient = notice.Recipient,
                RecipientCommune = notice.RecipientCommune,
                Message = notice.Message,
            });
        }
    }

    private async Task<OneOf<int, CaseConflict>> ConflictAsync(CaseId id, int expectedVersion, CancellationToken cancellationToken) =>
        new CaseConflict(id, expectedVersion, await VersionAsync(id, cancellationToken).ConfigureAwait(false));

    private static async Task RollbackAsync(IDbContextTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync().ConfigureAwait(false);
        }
    }
}

using VnChildProtection.Domain.Workflow;

namespace VnChildProtection.EntityFrameworkCore.Cases;

/// <summary>
/// An append refused because another writer appended to the case first: the stream is at
/// <see cref="ActualVersion"/>, not at the <see cref="ExpectedVersion"/> the writer read. Nothing of the refused append
/// was stored; the writer reloads the case, decides again and retries.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="ExpectedVersion">The version the writer read before deciding.</param>
/// <param name="ActualVersion">The version the stream has now.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CaseConflict(CaseId CaseId, int ExpectedVersion, int ActualVersion);

using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a member of a closed set by its name, the same text the library's JSON writes, so a row reads the same in
/// SQL as in a plan or case file and does not change meaning if the law's order of members (their values) changes.
/// </summary>
/// <typeparam name="T">The closed set.</typeparam>
internal sealed class ClosedSetNameConverter<T> : ValueConverter<T, string>
    where T : ClosedSet<T>, IClosedSet<T>
{
    public ClosedSetNameConverter()
        : base(v => v.Name, s => ClosedSet<T>.FromName(s, false))
    {
    }
}

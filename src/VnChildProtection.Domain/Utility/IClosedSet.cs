using System.Collections.Generic;

namespace VnChildProtection.Domain.Utility;

/// <summary>
/// A closed set of named values (a smart enum) that declares its members itself, so that they are known without
/// reflection: under Native AOT and trimming the fields of a type cannot be discovered at run time.
/// </summary>
/// <typeparam name="TSelf">The closed set type, e.g. <see cref="Units.AdministrativeLevel"/>.</typeparam>
/// <remarks>Implemented by every <see cref="ClosedSet{TSelf}"/>; generic code (JSON converters, the AOT check) reaches
/// the members through this interface.</remarks>
public interface IClosedSet<TSelf>
    where TSelf : ClosedSet<TSelf>, IClosedSet<TSelf>
{
    /// <summary>Every member of the set, in declaration order; each public static member field appears exactly once.</summary>
    static abstract IReadOnlyList<TSelf> Members { get; }
}

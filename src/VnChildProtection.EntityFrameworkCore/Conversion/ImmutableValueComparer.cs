using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// Compares the core's values by their own value equality; a snapshot is the value itself because every value of the
/// core is immutable (change tracking never needs a copy).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ImmutableValueComparer<T> : ValueComparer<T>
{
    public ImmutableValueComparer()
        : base((a, b) => object.Equals(a, b), v => v == null ? 0 : v.GetHashCode(), v => v)
    {
    }
}

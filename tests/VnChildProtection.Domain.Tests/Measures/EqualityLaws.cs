using System;

namespace VnChildProtection.Domain.Tests.Measures;

/// <summary>Asserts the equality, hash and ordering laws shared by every value type.</summary>
internal static class EqualityLaws
{
    internal static void Check<T>(T a, T b)
        where T : class, IEquatable<T>, IComparable<T>
    {
        Assert.True(a.Equals(a));
        Assert.False(a.Equals(null));
        Assert.Equal(a.Equals(b), b.Equals(a));
        Assert.Equal(a.Equals(b), a.Equals((object)b));
        if (a.Equals(b))
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
        Assert.Equal(a.Equals(b), a.CompareTo(b) == 0);
        Assert.Equal(Math.Sign(a.CompareTo(b)), -Math.Sign(b.CompareTo(a)));
        Assert.Equal(0, a.CompareTo(a));
        Assert.True(a.CompareTo(null) > 0);
    }
}

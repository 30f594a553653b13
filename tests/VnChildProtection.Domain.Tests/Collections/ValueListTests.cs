using System.Linq;
using FsCheck.Xunit;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Domain.Tests.Collections;

public class ValueListTests
{
    [Fact]
    public void Equals_SameItemsSameOrder_IsTrue()
    {
        Assert.Equal(ValueList.Of("a", "b"), new[] { "a", "b" }.ToValueList());
        Assert.True(ValueList.Of(1, 2) == ValueList.Of(1, 2));
    }

    [Fact]
    public void Equals_DifferentOrder_IsFalse()
    {
        Assert.NotEqual(ValueList.Of(1, 2), ValueList.Of(2, 1));
        Assert.True(ValueList.Of(1, 2) != ValueList.Of(2, 1));
    }

    [Fact]
    public void Add_ReturnsNewListAndLeavesOriginal()
    {
        var original = ValueList.Of(1);
        var added = original.Add(2);
        Assert.Equal(new[] { 1 }, original);
        Assert.Equal(new[] { 1, 2 }, added);
    }

    [Fact]
    public void ToString_DoesNotPrintItems()
    {
        Assert.Equal("ValueList(2)", ValueList.Of("secret", "name").ToString());
    }

    [Property(MaxTest = 10_000)]
    public void EqualityAndHash_FollowSequenceEquality(int[] left, int[] right)
    {
        var a = left.ToValueList();
        var b = right.ToValueList();
        var same = left.SequenceEqual(right);
        Assert.Equal(same, a.Equals(b));
        Assert.Equal(same, b.Equals(a));
        if (same)
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
        Assert.Equal(a, left.ToValueList());
    }
}

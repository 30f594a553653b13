using System;
using Microsoft.EntityFrameworkCore;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>How one type of the core is stored in a column: a converter and a comparer for every property of the type.</summary>
internal abstract class ValueMapping
{
    internal abstract Type ClrType { get; }

    internal abstract void Apply(ModelConfigurationBuilder builder);
}

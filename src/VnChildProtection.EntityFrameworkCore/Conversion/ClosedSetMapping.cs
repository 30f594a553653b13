using System;
using Microsoft.EntityFrameworkCore;
using VnChildProtection.Domain.Utility;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>A closed set stored by member name.</summary>
/// <typeparam name="T">The closed set.</typeparam>
internal sealed class ClosedSetMapping<T> : ValueMapping
    where T : ClosedSet<T>, IClosedSet<T>
{
    internal override Type ClrType => typeof(T);

    internal override void Apply(ModelConfigurationBuilder builder) =>
        builder.Properties<T>().HaveConversion<ClosedSetNameConverter<T>, ImmutableValueComparer<T>>();
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// NodaTime on a provider without a NodaTime plugin (SQLite): instants and durations as 64-bit tick counts (ordered,
/// indexable, exact to 100 ns as the core's instants are), dates as ISO <c>uuuu-MM-dd</c> text (ordered as text).
/// On PostgreSQL the Npgsql NodaTime plugin maps them natively (<c>timestamptz</c>, <c>date</c>, <c>interval</c>).
/// </summary>
internal static class NodaTimeMappings
{
    internal static void Apply(ModelConfigurationBuilder builder)
    {
        builder.Properties<Instant>().HaveConversion<InstantTicksConverter>();
        builder.Properties<LocalDate>().HaveConversion<LocalDateTextConverter>();
        builder.Properties<Duration>().HaveConversion<DurationTicksConverter>();
    }

    internal sealed class InstantTicksConverter : ValueConverter<Instant, long>
    {
        public InstantTicksConverter()
            : base(v => v.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t))
        {
        }
    }

    internal sealed class DurationTicksConverter : ValueConverter<Duration, long>
    {
        public DurationTicksConverter()
            : base(v => v.BclCompatibleTicks, t => Duration.FromTicks(t))
        {
        }
    }

    internal sealed class LocalDateTextConverter : ValueConverter<LocalDate, string>
    {
        public LocalDateTextConverter()
            : base(v => LocalDatePattern.Iso.Format(v), s => LocalDatePattern.Iso.Parse(s).Value)
        {
        }
    }
}

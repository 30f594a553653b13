using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>
/// Stores a value of the core as its canonical text (<c>ToString</c>) and reads it back with the type's own parser,
/// which <see cref="TextMapping{T}"/> names for each type.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class TextValueConverter<T> : ValueConverter<T, string>
    where T : notnull
{
    public TextValueConverter()
        : base(v => TextMapping<T>.Format(v), s => TextMapping<T>.Read(s))
    {
    }
}

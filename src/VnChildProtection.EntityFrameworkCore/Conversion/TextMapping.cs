using System;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneOf;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.EntityFrameworkCore.Conversion;

/// <summary>A value type of the core stored as text: how to write it (its canonical text unless said otherwise) and how to read it back.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class TextMapping<T> : ValueMapping
    where T : notnull
{
    private static Func<string, OneOf<T, ParseError>>? parser;
    private static Func<T, string>? formatter;

    internal TextMapping(Func<string, OneOf<T, ParseError>> parse, Func<T, string>? format = null)
    {
        Parser = parse;
        Formatter = format ?? (v => v.ToString()!);
    }

    private Func<string, OneOf<T, ParseError>> Parser { get; }

    private Func<T, string> Formatter { get; }

    internal override Type ClrType => typeof(T);

    internal static string Format(T value) =>
        (formatter ?? throw new InvalidOperationException($"No text mapping is registered for {typeof(T).Name}."))(value);

    // A column holds what Format wrote; text that does not parse is damaged data, not user input.
    internal static T Read(string text)
    {
        var parse = parser ?? throw new InvalidOperationException($"No text mapping is registered for {typeof(T).Name}.");
        return parse(text).Match(v => v, error => throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"A stored {typeof(T).Name} does not parse ({error.Code} at {error.Position}).")));
    }

    internal override void Apply(ModelConfigurationBuilder builder)
    {
        parser = Parser;
        formatter = Formatter;
        builder.Properties<T>().HaveConversion<TextValueConverter<T>, ImmutableValueComparer<T>>();
    }
}

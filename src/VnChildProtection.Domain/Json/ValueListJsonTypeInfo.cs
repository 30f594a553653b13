using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VnChildProtection.Domain.Collections;

namespace VnChildProtection.Domain.Json;

/// <summary>
/// JSON contracts for <see cref="ValueList{T}"/>: written as a JSON array, read from one, without reflection, so they
/// work with source-generated contexts and Native AOT.
/// </summary>
/// <remarks>
/// <para>System.Text.Json cannot build a custom immutable collection by itself. A converter would have to read the items
/// through a nested serializer call, which loses the JSON path of errors inside items; this contract uses the
/// serializer's own range-built collection support instead, so an error in <c>$.indicators[2].targets[0]</c> is reported
/// there. Return it from an <see cref="IJsonTypeInfoResolver"/> placed before the source-generated context.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ValueListJsonTypeInfo
{
    /// <summary>Creates the contract of <see cref="ValueList{T}"/> for <paramref name="options"/>.</summary>
    /// <typeparam name="T">The item type; its own contract comes from <paramref name="options"/>.</typeparam>
    /// <param name="options">The options the contract belongs to.</param>
    /// <returns>The contract.</returns>
    public static JsonTypeInfo<ValueList<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(
            options, new JsonCollectionInfoValues<ValueList<T>>(), static items => new ValueList<T>(items));
}

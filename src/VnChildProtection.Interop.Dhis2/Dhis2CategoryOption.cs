using System;
using System.Xml;

namespace VnChildProtection.Interop.Dhis2;

/// <summary>
/// One disaggregation written out as a category and its option, as ADX writes it on a <c>dataValue</c> (the attribute
/// <c>SEX="F"</c> is category <c>SEX</c>, option <c>F</c>) or on a <c>group</c> (an attribute option).
/// </summary>
/// <remarks>
/// <para>Both are DHIS2 identifiers in the message's id scheme (codes by default in ADX). The category is an XML attribute
/// name in ADX, so it must be a valid XML name (letters, digits, <c>_</c>, <c>-</c>, <c>.</c>, not starting with a digit).</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
public sealed record Dhis2CategoryOption
{
    /// <summary>Creates a category option pair.</summary>
    /// <param name="category">The category's identifier, an XML name such as <c>SEX</c>.</param>
    /// <param name="option">The option's identifier within the category, such as <c>F</c>.</param>
    /// <exception cref="ArgumentException">The category is not an XML name or the option is empty.</exception>
    public Dhis2CategoryOption(string category, string option)
    {
        ArgumentException.ThrowIfNullOrEmpty(category);
        ArgumentException.ThrowIfNullOrEmpty(option);
        if (!IsXmlName(category))
        {
            throw new ArgumentException("A category identifier is written as an XML attribute name in ADX.", nameof(category));
        }
        Category = category;
        Option = option;
    }

    /// <summary>The category's identifier (<c>SEX</c>).</summary>
    public string Category { get; }

    /// <summary>The option's identifier (<c>F</c>).</summary>
    public string Option { get; }

    /// <summary>Returns <c>category=option</c>.</summary>
    /// <returns>The pair as text.</returns>
    public override string ToString() => Category + "=" + Option;

    /// <summary>Whether <paramref name="name"/> can be an unqualified XML attribute name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True for an XML NCName.</returns>
    public static bool IsXmlName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }
        try
        {
            XmlConvert.VerifyNCName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}

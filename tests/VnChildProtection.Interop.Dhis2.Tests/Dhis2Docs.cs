using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace VnChildProtection.Interop.Dhis2.Tests;

/// <summary>The examples copied from DHIS2's documentation (Dhis2Docs/SOURCES.md) and helpers to read text.</summary>
public static class Dhis2Docs
{
    /// <summary>The text of an example file.</summary>
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dhis2Docs", name));

    /// <summary>Every item of a dataValueSets JSON text, read through a buffer of <paramref name="bufferSize"/> bytes.</summary>
    public static List<Dhis2ReadItem> Json(string text, int bufferSize = 65536)
    {
        using var reader = new DataValueSetJsonReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize: bufferSize);
        var items = new List<Dhis2ReadItem>();
        while (reader.Read(out var item))
        {
            items.Add(item);
        }
        return items;
    }

    /// <summary>Every item of an ADX text.</summary>
    public static List<Dhis2ReadItem> Adx(string text) => AdxReader.ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text))).ToList();

    /// <summary>The values of the items.</summary>
    public static List<Dhis2DataValue> Values(this IEnumerable<Dhis2ReadItem> items) => items.Where(i => i.Value is not null).Select(i => i.Value!).ToList();

    /// <summary>The diagnostics of the items.</summary>
    public static List<Dhis2Diagnostic> Diagnostics(this IEnumerable<Dhis2ReadItem> items) => items.Where(i => i.Diagnostic is not null).Select(i => i.Diagnostic!).ToList();
}

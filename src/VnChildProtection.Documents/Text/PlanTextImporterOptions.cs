namespace VnChildProtection.Documents.Text;

/// <summary>Settings of <see cref="PlanTextImporter"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlanTextImporterOptions
{
    /// <summary>The defaults.</summary>
    public static PlanTextImporterOptions Default { get; } = new();

    /// <summary>
    /// How many lines from the top are searched for the header (number, place and date, title). Web pages put
    /// boilerplate above the document (seed 002 has about 20 such lines), so the default is generous: 80.
    /// </summary>
    public int HeaderSearchLines { get; init; } = 80;
}

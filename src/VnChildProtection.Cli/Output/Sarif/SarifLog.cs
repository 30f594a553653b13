using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format, §3.13 <c>sarifLog</c>).</summary>
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

using System.Collections.Generic;

namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>One finding (§3.27 <c>result</c>).</summary>
internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    SarifResultProperties? Properties);

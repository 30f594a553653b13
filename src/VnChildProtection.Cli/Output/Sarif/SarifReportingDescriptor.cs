namespace VnChildProtection.Cli.Output.Sarif;

/// <summary>A rule (§3.49 <c>reportingDescriptor</c>).</summary>
/// <remarks><c>id</c> is the stable code (<c>VNCP0012</c>, <c>IMPORT-TARGET-UNREAD</c>); <c>name</c> a Pascal-case friendly
/// name (<c>SectionNumbering</c>), the form the SARIF validator's rule SARIF2012 asks for.</remarks>
internal sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMessage ShortDescription,
    SarifMessage FullDescription,
    string HelpUri,
    SarifReportingConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

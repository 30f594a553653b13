namespace VnChildProtection.Domain.Agencies;

/// <summary>Why no agency holds a subject on a date.</summary>
public enum NoAgencyHolderReason
{
    /// <summary>The date precedes the agency kind's existence.</summary>
    NotYetEstablished = 1,

    /// <summary>The agency kind ended and no succession covers the subject.</summary>
    DissolvedWithoutSuccessor = 2,
}

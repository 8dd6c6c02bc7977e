namespace PartnerDocs.Diagnostics;

/// <summary>How serious a finding is; ordered so that a larger value is worse.</summary>
public enum Severity
{
    Off = -1,
    Note = 0,
    Warning = 1,
    Error = 2,
}

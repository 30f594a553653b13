namespace VnChildProtection.Domain.Plans.Diagnostics;

/// <summary>How serious a validation finding is (<i>mức độ</i>).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational: worth knowing, nothing to fix (<i>thông tin</i>).</summary>
    Info = 0,

    /// <summary>Probably wrong or weaker than required; the plan can still be loaded (<i>cảnh báo</i>).</summary>
    Warning = 1,

    /// <summary>Wrong: the plan should not be loaded as is (<i>lỗi</i>).</summary>
    Error = 2,
}

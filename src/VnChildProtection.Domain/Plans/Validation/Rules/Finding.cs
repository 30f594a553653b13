using VnChildProtection.Domain.Plans.Diagnostics;
using VnChildProtection.Domain.Text;

namespace VnChildProtection.Domain.Plans.Validation.Rules;

/// <summary>What a rule check reports before options decide its severity.</summary>
internal readonly record struct Finding(SourceLocation Location, string Message, string MessageVietnamese);

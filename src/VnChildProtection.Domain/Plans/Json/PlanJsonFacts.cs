using System;
using System.Collections.Generic;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>What the raw JSON says that the generated contract loses: which paths hold an explicit null, which sections state a level.</summary>
internal sealed class PlanJsonFacts
{
    internal HashSet<string> Nulls { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Levels { get; } = new(StringComparer.Ordinal);
}

using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VnChildProtection.Domain.Collections;
using VnChildProtection.Domain.Json;

namespace VnChildProtection.Domain.Plans.Json;

/// <summary>
/// Supplies the <see cref="ValueList{T}"/> contracts of every list in the plan model, ahead of <see cref="PlanJsonContext"/>.
/// </summary>
/// <remarks>The item types are listed rather than found by reflection, so the resolver stays AOT-safe. This type is thread-safe.</remarks>
internal sealed class PlanJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    internal static readonly PlanJsonTypeInfoResolver Instance = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(ValueList<PlanCitation>) ? ValueListJsonTypeInfo.Create<PlanCitation>(options)
        : type == typeof(ValueList<PlanSection>) ? ValueListJsonTypeInfo.Create<PlanSection>(options)
        : type == typeof(ValueList<PlanObjective>) ? ValueListJsonTypeInfo.Create<PlanObjective>(options)
        : type == typeof(ValueList<PlanIndicator>) ? ValueListJsonTypeInfo.Create<PlanIndicator>(options)
        : type == typeof(ValueList<PlanTarget>) ? ValueListJsonTypeInfo.Create<PlanTarget>(options)
        : type == typeof(ValueList<PlanTask>) ? ValueListJsonTypeInfo.Create<PlanTask>(options)
        : type == typeof(ValueList<AgencyResponsibility>) ? ValueListJsonTypeInfo.Create<AgencyResponsibility>(options)
        : type == typeof(ValueList<BudgetLine>) ? ValueListJsonTypeInfo.Create<BudgetLine>(options)
        : type == typeof(ValueList<PlanReportingDeadline>) ? ValueListJsonTypeInfo.Create<PlanReportingDeadline>(options)
        : type == typeof(ValueList<PlanUnitMention>) ? ValueListJsonTypeInfo.Create<PlanUnitMention>(options)
        : type == typeof(ValueList<int>) ? ValueListJsonTypeInfo.Create<int>(options)
        : null;
}

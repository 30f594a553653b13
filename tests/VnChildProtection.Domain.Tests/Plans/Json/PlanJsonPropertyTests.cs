using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VnChildProtection.Domain.Json;
using VnChildProtection.Domain.Plans.Json;

namespace VnChildProtection.Domain.Tests.Plans.Json;

public class PlanJsonPropertyTests
{
    private static readonly char[] Mutations = ['{', '}', '[', ']', ':', ',', '"', '\\', 'n', 't', '0', '-', '.', 'e', ' ', '/', '*', '\uD800', 'ệ'];

    [Property(MaxTest = 10_000)]
    public Property SerializeThenDeserialize_GivesAnEqualDocument() =>
        Prop.ForAll(Arb.From(PlanDocumentGenerators.Documents()), Arb.From(Gen.Elements(true, false)), (plan, indented) =>
            PlanJson.Deserialize(PlanJson.Serialize(plan, indented)).Match(back => back == plan, error => false));

    [Property(MaxTest = 10_000)]
    public Property Deserialize_NeverThrows_OnArbitraryStrings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => text is null || PlanJson.Deserialize(text).Match(_ => true, e => IsWithin(e, text)));

    [Property(MaxTest = 10_000)]
    public Property Deserialize_NeverThrows_OnArbitraryBytes() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => bytes is null || PlanJson.Deserialize(bytes.AsSpan()).Match(_ => true, e => e.Line >= 1));

    [Property(MaxTest = 10_000)]
    public Property Deserialize_NeverThrows_OnMutatedValidJson() =>
        Prop.ForAll(Arb.From(MutatedJson()), json => PlanJson.Deserialize(json).Match(_ => true, e => IsWithin(e, json)));

    private static bool IsWithin(JsonDocumentError error, string json) =>
        error.Offset <= json.Length && error.Line >= 1 && error.Line <= json.Count(c => c == '\n') + 1 && error.Path.StartsWith('$');

    private static Gen<string> MutatedJson() =>
        from plan in PlanDocumentGenerators.Documents()
        from indented in Gen.Elements(true, false)
        let json = PlanJson.Serialize(plan, indented)
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, json.Length)
        from length in Gen.Choose(1, 12)
        from inserted in Gen.Elements(Mutations)
        let end = Math.Min(json.Length, at + length)
        select kind switch
        {
            0 => json.Remove(at, end - at),
            1 => json.Insert(at, inserted.ToString()),
            2 => json[..at] + inserted + json[end..],
            3 => json[..at],
            _ => json[..end] + json[at..],
        };
}

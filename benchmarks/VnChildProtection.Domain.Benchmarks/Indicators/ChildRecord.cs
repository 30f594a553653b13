using System.Runtime.InteropServices;

namespace VnChildProtection.Domain.Benchmarks.Indicators;

/// <summary>
/// One child as a 4-byte record: commune ordinal (0–3,320), age in whole years, and a bitfield of the facts the
/// indicators count. No name, no date of birth: nothing that identifies a child.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly struct ChildRecord(ushort commune, byte age, byte flags)
{
    public const byte BirthRegistered = 1;      // CT14
    public const byte SpecialCircumstances = 2; // CT8.a, Law art. 10
    public const byte Supported = 4;            // CT8.b
    public const byte Abused = 8;               // CT9
    public const byte InPreschool = 16;         // CT16
    public const byte Disability = 32;
    public const byte EthnicMinority = 64;
    public const byte PoorHousehold = 128;

    public ushort Commune { get; } = commune;

    public byte Age { get; } = age;

    public byte Flags { get; } = flags;
}

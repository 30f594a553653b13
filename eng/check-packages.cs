// Checks the packages that `dotnet pack` produced: contents and declared dependencies.
// Usage: dotnet run eng/check-packages.cs -- <folder> <version>
#:property ImplicitUsings=enable
#:property TreatWarningsAsErrors=false
using System.IO.Compression;
using System.Xml.Linq;

var folder = args.Length > 0 ? args[0] : "artifacts/packages";
var version = args.Length > 1 ? args[1] : "0.1.0";
var failures = new List<string>();

void CheckLibrary(string id, params string[] dependencies) => CheckLibraryFor(id, ["net8.0", "net10.0"], dependencies);

void CheckLibraryFor(string id, string[] frameworks, params string[] dependencies)
{
    var path = Path.Combine(folder, $"{id}.{version}.nupkg");
    if (!File.Exists(path)) { failures.Add($"{path} missing"); return; }
    using var zip = ZipFile.OpenRead(path);
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var required in new[] { "README.md", "icon.png" }.Concat(frameworks.SelectMany(f => new[] { $"lib/{f}/{id}.dll", $"lib/{f}/{id}.xml" })))
    {
        if (!entries.Contains(required)) failures.Add($"{id}: lacks {required}");
    }
    CheckReadme(zip, id);
    if (!File.Exists(Path.Combine(folder, $"{id}.{version}.snupkg"))) failures.Add($"{id}: symbol package missing");
    using var nuspecStream = zip.GetEntry($"{id}.nuspec")!.Open();
    var nuspec = XDocument.Load(nuspecStream);
    var declared = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
        .Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToArray();
    var expected = dependencies.Order(StringComparer.Ordinal).ToArray();
    if (!declared.SequenceEqual(expected)) failures.Add($"{id}: depends on [{string.Join(", ", declared)}], expected [{string.Join(", ", expected)}]");
    var meta = nuspec.Descendants().First(e => e.Name.LocalName == "metadata");
    foreach (var field in new[] { "description", "tags", "license", "icon", "readme", "repository" })
    {
        if (!meta.Elements().Any(e => e.Name.LocalName == field)) failures.Add($"{id}: nuspec lacks <{field}>");
    }
    Console.WriteLine($"CI: {id} {version} ok: dependencies [{string.Join(", ", declared)}]");
}

void CheckTool(string id, string command)
{
    var path = Path.Combine(folder, $"{id}.{version}.nupkg");
    if (!File.Exists(path)) { failures.Add($"{path} missing"); return; }
    using var zip = ZipFile.OpenRead(path);
    if (zip.GetEntry($"tools/net10.0/any/{command}.dll") is null) failures.Add($"{id}: lacks the {command} tool");
    if (zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml") is null) failures.Add($"{id}: lacks DotnetToolSettings.xml");
    CheckReadme(zip, id);
    Console.WriteLine($"CI: {id} {version} ok: dotnet tool '{command}'");
}

// The package page shows README.md: it must be the package's own (titled with its id), with no relative links.
void CheckReadme(ZipArchive zip, string id)
{
    var entry = zip.GetEntry("README.md");
    if (entry is null) { failures.Add($"{id}: lacks README.md"); return; }
    using var reader = new StreamReader(entry.Open());
    var text = reader.ReadToEnd();
    if (!text.StartsWith($"# {id}", StringComparison.Ordinal)) failures.Add($"{id}: README.md is not the package's own");
    var relative = System.Text.RegularExpressions.Regex.Matches(text, @"\]\((?!https://)[^)]*\)");
    if (relative.Count > 0) failures.Add($"{id}: README.md has relative links ({relative[0].Value})");
}

CheckLibrary("VnChildProtection.Domain", "Ardalis.SmartEnum", "Microsoft.Extensions.DependencyInjection.Abstractions", "NodaTime", "OneOf");
CheckLibrary("VnChildProtection.Documents", "DocumentFormat.OpenXml", "VnChildProtection.Domain");
// EF Core 10 runs on .NET 10 only (docs/persistence.md).
CheckLibraryFor("VnChildProtection.EntityFrameworkCore", ["net10.0"], "Microsoft.EntityFrameworkCore.Relational", "Npgsql.EntityFrameworkCore.PostgreSQL.NodaTime", "VnChildProtection.Domain");
CheckLibrary("VnChildProtection.Interop.Dhis2", "VnChildProtection.Domain");
CheckTool("VnChildProtection.Cli", "vncp");

foreach (var failure in failures) Console.Error.WriteLine("CI: " + failure);
return failures.Count == 0 ? 0 : 1;

// The fuzz driver: `VnChildProtection.Fuzz <target>` runs one target under AFL++ (SharpFuzz's out-of-process mode,
// the input on standard input or in the file AFL++ names); `VnChildProtection.Fuzz <target> <file>...` runs files once,
// outside AFL++, to replay a crash or check a seed corpus. eng/fuzz.sh drives both.
using System;
using System.IO;
using System.Linq;
using SharpFuzz;
using VnChildProtection.Fuzz;

if (args is ["make-docx", var docx, var source])
{
    // A seed for the Word targets: the first lines of a plan as a .docx, one paragraph per line.
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(docx))!);
    using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(docx, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
    var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
    foreach (var line in File.ReadLines(source).Take(40))
    {
        body.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
            new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
    }
    document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    return 0;
}
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine("usage: VnChildProtection.Fuzz <target> [file...]; targets: " + string.Join(", ", FuzzTargets.All.Keys));
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        target(File.ReadAllBytes(file));
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    target(memory.ToArray());
});
return 0;

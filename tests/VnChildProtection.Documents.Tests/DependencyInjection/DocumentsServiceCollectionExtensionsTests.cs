using Microsoft.Extensions.DependencyInjection;
using VnChildProtection.Documents.DependencyInjection;
using VnChildProtection.Documents.Text;
using VnChildProtection.Documents.Word;
using VnChildProtection.Domain.Agencies;
using VnChildProtection.Domain.DependencyInjection;

namespace VnChildProtection.Documents.Tests.DependencyInjection;

public class DocumentsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVnChildProtectionDocuments_RegistersTheImportersOnTheContainersRegistries()
    {
        using var provider = new ServiceCollection()
            .AddVnChildProtectionDocuments()
            .AddVnChildProtection(o => o.AgencyAliases["so-ldtbxh"] = ["Phòng Bảo trợ Quảng Ngãi"])
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        var importer = provider.GetRequiredService<PlanTextImporter>();
        Assert.Same(provider.GetRequiredService<AgencyRegistry>(), importer.Options.Agencies);
        Assert.Same(importer, provider.GetRequiredService<PlanWordImporter>().TextImporter);
        Assert.Same(provider.GetRequiredService<WordDocumentReader>(), provider.GetRequiredService<PlanWordImporter>().Reader);

        Assert.Equal("so-ldtbxh", importer.Options.Agencies.Resolve("Phòng Bảo trợ Quảng Ngãi").AsT0.Kind.Id);
        Assert.True(PlanTextImporterOptions.Default.Agencies.Resolve("Phòng Bảo trợ Quảng Ngãi").IsT1);
    }
}

using Microsoft.Extensions.Options;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Leases.Taxes;

namespace RentToOwn.Platform.Contracts;

/// <summary>Registers the A.17–A.18 contract services.</summary>
public static class ContractsExtensions
{
    /// <summary>Adds KTK's offer (<c>Contracts</c>), the PDF renderer (<c>Contracts:Pdf</c>), tax options (<c>Taxes</c>) and the services.</summary>
    public static IHostApplicationBuilder AddContracts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContractOffer>().BindConfiguration(ContractOffer.Section);
        builder.Services.AddOptions<ContractPdfOptions>().BindConfiguration(ContractOffer.Section + ":Pdf");
        builder.Services.AddOptions<TaxOptions>().BindConfiguration("Taxes");
        builder.Services.AddSingleton(sp => new ContractPdfRenderer(sp.GetRequiredService<IOptions<ContractPdfOptions>>().Value));
        builder.Services.AddSingleton<ContractSchedules>();
        builder.Services.AddScoped<ContractDrafts>();
        builder.Services.AddScoped<ContractSigning>();
        return builder;
    }
}

using RentToOwn.Platform.Housing.Import;

namespace RentToOwn.Platform.Housing;

/// <summary>Registers KTK's housing stock and flat offers (A.5, A.17).</summary>
public static class HousingExtensions
{
    /// <summary>Adds <c>Housing</c> options, the importer, the offers and the demo stock seeder.</summary>
    public static IHostApplicationBuilder AddHousing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HousingOptions>().BindConfiguration(HousingOptions.Section)
            .Validate(o => o.RoomsBelowFamilySize >= 0 && o.MaxExtraRooms >= 0 && o.MaxImportBytes > 0 && o.MaxImportRows > 0,
                "Housing: RoomsBelowFamilySize and MaxExtraRooms must be ≥ 0, the import limits > 0.")
            .ValidateOnStart();
        builder.Services.AddScoped<FlatOffers>();
        builder.Services.AddScoped<FlatOfferAnswers>();
        builder.Services.AddScoped<FlatImporter>();
        // The stock follows the registrations: Sold after A.34, Free after a termination without purchase.
        builder.Services.AddScoped<RentToOwn.Platform.Registration.IRegistrationRegisteredHandler, FlatRegistrationHandler>();
        builder.Services.AddHostedService<DemoFlatSeeder>();
        return builder;
    }
}

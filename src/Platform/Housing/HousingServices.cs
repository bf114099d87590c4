using Microsoft.Extensions.Options;
using RentToOwn.Platform.Housing.Import;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Housing;

/// <summary>What the housing endpoints need, bound with <c>[AsParameters]</c>.</summary>
/// <param name="Offers">The flat offers.</param>
/// <param name="Answers">The tenant's answers.</param>
/// <param name="Importer">The stock import.</param>
/// <param name="Db">The platform database (the officer's stock list).</param>
/// <param name="Options">Housing options (import limits).</param>
/// <param name="User">The caller.</param>
public sealed record HousingServices(FlatOffers Offers, FlatOfferAnswers Answers, FlatImporter Importer, RentToOwn.Platform.Persistence.PlatformDbContext Db, IOptions<HousingOptions> Options, CurrentUser User)
{
    /// <summary>The caller's IIN.</summary>
    public string Iin => User.Iin;
}

namespace RentToOwn.Platform.Housing;

/// <summary>What the tenant sees of their flat offer.</summary>
/// <param name="OfferId">The offer (null while waiting for a flat).</param>
/// <param name="Status">Pending, Accepted, Declined, or WaitingForFlat (approved, no fitting flat free yet).</param>
/// <param name="CadastralNumber">The flat.</param>
/// <param name="Address">Its address.</param>
/// <param name="City">Its city.</param>
/// <param name="TotalArea">Total area, m².</param>
/// <param name="LivingArea">Living area, m².</param>
/// <param name="Rooms">Rooms.</param>
/// <param name="PriceKzt">Purchase price, tenge.</param>
/// <param name="LeaseId">The contract drafted on acceptance.</param>
public sealed record FlatOfferView(Guid? OfferId, string Status, string? CadastralNumber, string? Address, string? City,
    decimal? TotalArea, decimal? LivingArea, int? Rooms, long? PriceKzt, Guid? LeaseId)
{
    /// <summary>Status while the approved application waits for a fitting free flat.</summary>
    public const string WaitingForFlat = "WaitingForFlat";

    /// <summary>The view of <paramref name="offer"/> on <paramref name="flat"/>.</summary>
    public static FlatOfferView Of(FlatOffer offer, Flat flat) => new(offer.Id, offer.Status.ToString(), flat.CadastralNumber, flat.Address,
        flat.City, flat.TotalArea, flat.LivingArea, flat.Rooms, flat.PriceKzt, offer.LeaseId);
}

namespace RentToOwn.Platform.Housing.Import;

/// <summary>One valid line of a housing stock CSV.</summary>
public sealed record FlatRow(int Line, string CadastralNumber, string Address, decimal TotalArea, decimal LivingArea, int Rooms, long PriceKzt, string City);

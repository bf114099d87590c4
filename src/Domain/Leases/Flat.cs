namespace RentToOwn.Domain.Leases;

/// <summary>The flat let with the right to buy.</summary>
/// <param name="CadastralNumber">Cadastral number in ЖМБМК АЖ (digit groups separated by ':', e.g. <c>20:317:037:092:1:45</c>).</param>
/// <param name="Address">Postal address.</param>
/// <param name="TotalArea">Total area, m².</param>
/// <param name="LivingArea">Living area, m² (at most the total area).</param>
/// <param name="Rooms">Number of rooms.</param>
public sealed record Flat(string CadastralNumber, string Address, decimal TotalArea, decimal LivingArea, int Rooms);

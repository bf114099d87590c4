using System.Text.Json;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>A.24: a property's registered address and technical characteristics, as the registrar compares them.</summary>
/// <param name="Address">Registered address.</param>
/// <param name="AreaSqm">Total area, m².</param>
/// <param name="Rooms">Rooms.</param>
public sealed record PropertyCharacteristics(string Address, double AreaSqm, int Rooms)
{
    /// <summary>Areas equal to the registry's within this (rounding to 0.1 m² in measurement plans; our assumption).</summary>
    public const double AreaToleranceSqm = 0.05;

    /// <summary>Reads <paramref name="property"/>'s stored characteristics.</summary>
    public static PropertyCharacteristics Of(PropertyRecord property)
    {
        var c = JsonSerializer.Deserialize<SeedCharacteristics>(property.CharacteristicsJson, JsonSerializerOptions.Web)!;
        return new(property.Address, c.AreaSqm, c.Rooms);
    }

    /// <summary>The same address up to case, spaces and punctuation.</summary>
    public static bool SameAddress(string a, string b) => Normal(a) == Normal(b);

    private static string Normal(string s) => string.Concat(s.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}

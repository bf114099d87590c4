using RentToOwn.Eds.Pki;
using RentToOwn.Kadastr.Simulator.Seed;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// The embedded simulator's seed: the built-in registries plus what the platform's demo needs — the demo flats of
/// KTK's stock (<c>Housing/DemoFlats</c>, owned by KTK, with their characteristics for A.24) and every demo person of the test PKI (the tenant–spouse
/// marriage is in the built-in seed).
/// </summary>
public static class EmbeddedSeed
{
    /// <summary>Builds the seed.</summary>
    public static SeedData Build(SeedData builtIn, string ktkBin, IEnumerable<Housing.Import.FlatRow> demoFlats, PkiManifest? manifest)
    {
        var persons = builtIn.Persons.ToList();
        foreach (var p in manifest?.Parties ?? [])
        {
            if (persons.All(x => x.Iin != p.Iin)) persons.Add(new SeedPerson(p.Iin, p.Name, Alive: true, LegalCapacity: true));
        }

        var properties = builtIn.Properties.ToList();
        foreach (var f in demoFlats.Where(f => properties.All(p => p.CadastralNumber != f.CadastralNumber)))
        {
            properties.Add(new SeedProperty(f.CadastralNumber, f.Address,
                new SeedCharacteristics("dwelling", (double)f.TotalArea, f.Rooms, 5, 2025), [new SeedRight("OWNERSHIP", [ktkBin])]));
        }

        return builtIn with { Persons = persons, Properties = properties };
    }
}

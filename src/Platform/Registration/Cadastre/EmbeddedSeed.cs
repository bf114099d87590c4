using RentToOwn.Eds.Pki;
using RentToOwn.Kadastr.Simulator.Seed;

namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>
/// The embedded simulator's seed: the built-in registries plus what the platform's demo needs — the demo lease's
/// flat (Contracts:CadastralNumber, owned by KTK) and every demo person of the test PKI (the tenant–spouse
/// marriage is in the built-in seed).
/// </summary>
public static class EmbeddedSeed
{
    /// <summary>Builds the seed.</summary>
    public static SeedData Build(SeedData builtIn, string ktkBin, string demoCadastralNumber, string demoAddress, decimal demoArea, int demoRooms, PkiManifest? manifest)
    {
        var persons = builtIn.Persons.ToList();
        foreach (var p in manifest?.Parties ?? [])
        {
            if (persons.All(x => x.Iin != p.Iin)) persons.Add(new SeedPerson(p.Iin, p.Name, Alive: true, LegalCapacity: true));
        }

        var properties = builtIn.Properties.ToList();
        if (properties.All(p => p.CadastralNumber != demoCadastralNumber))
        {
            properties.Add(new SeedProperty(demoCadastralNumber, demoAddress,
                new SeedCharacteristics("dwelling", (double)demoArea, demoRooms, 5, 2025), [new SeedRight("OWNERSHIP", [ktkBin])]));
        }

        return builtIn with { Persons = persons, Properties = properties };
    }
}

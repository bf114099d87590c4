using System.Text.Json;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Kadastr.Simulator.Seed;
using EdsParties = RentToOwn.Eds.Pki.DemoParties;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// The benchmark's people, prepared before timing: per lease a tenant, a spouse, a guarantor and a KTK officer, each
/// with their own test certificates (RSA signing + AUTH) from the platform's test PKI, in the civil registries of the
/// cadastre simulator's seed (the tenant married to the spouse, A.23), and a flat per lease: KTK's property in the
/// simulator's registry (A.24) and a row of the housing-stock CSV that an officer imports (<see cref="FlatsCsv"/>, A.5, A.17).
/// </summary>
public sealed class BenchPeople
{
    /// <summary>Cadastral numbers of the benchmark's flats: <c>{FlatPrefix}{n}</c>, n = 1..leases.</summary>
    public const string FlatPrefix = "21-320-900-";

    /// <summary>The flats' address (<c>{n}</c>: the number), as in the registry and the stock.</summary>
    public const string FlatAddress = "г. Астана, ул. Сыганак, д. 90, кв. {n}";

    // A couple's flat (A.17 fit: 1–2 rooms for a family of two); the registry's technical characteristics match (A.24).
    private const decimal FlatArea = 54.6m, FlatLivingArea = 32.1m;
    private const int FlatRooms = 2;

    private BenchPeople(IReadOnlyList<BenchLease> leases, IReadOnlyList<ManifestParty> readers, string seedPath) =>
        (Leases, Readers, SeedPath) = (leases, readers, seedPath);

    /// <summary>One set of parties per lease.</summary>
    public IReadOnlyList<BenchLease> Leases { get; }

    /// <summary>Tenants with an AUTH key only, for the read load (<c>bench reads</c>).</summary>
    public IReadOnlyList<ManifestParty> Readers { get; }

    /// <summary>The simulator seed (built-in + demo + benchmark people and flats).</summary>
    public string SeedPath { get; }

    /// <summary>
    /// KTK's housing stock for the benchmark, one flat per lease, as the officer's CSV import reads it
    /// (<c>POST /api/housing/flats/import</c>; columns of <c>Housing/Import/FlatCsvParser</c>).
    /// </summary>
    public byte[] FlatsCsv()
    {
        var csv = new System.Text.StringBuilder("cadastral_number;address;total_area;living_area;rooms;price_kzt;city\n");
        foreach (var l in Leases)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{l.CadastralNumber};{FlatAddress.Replace("{n}", l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)};{FlatArea};{FlatLivingArea};{FlatRooms};15000000;Астана\n");
        }

        return System.Text.Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>Creates the test PKI in <c>{data}/pki</c>, issues the keys and writes the seed.</summary>
    public static BenchPeople Prepare(string data, int leases, int readers = 0)
    {
        var pkiDir = Path.Combine(data, "pki");
        var manifest = PkiDirectory.Init(pkiDir, TimeProvider.System);
        var pki = PkiDirectory.Load(pkiDir, TimeProvider.System);
        var parties = manifest.Parties.ToList();
        var all = new List<BenchLease>();
        var persons = new List<SeedPerson>();
        var marriages = new List<SeedMarriage>();
        var serial = 0;
        ManifestParty Issue(string role, string folder, string surname, Bin? bin, string? organization, IReadOnlyList<string> oids, bool authOnly = false)
        {
            var iin = NextIin(ref serial);
            var profile = new PartyProfile(folder, surname, "BENCH", null, iin, bin, organization, oids);
            var keys = (authOnly ? [KeyPurpose.Authentication] : new[] { KeyPurpose.Signing, KeyPurpose.Authentication })
                .Select(u => PkiDirectory.WriteKey(pkiDir, pki.Issue(profile, KeyAlgorithm.Rsa, u))).ToArray();
            var party = new ManifestParty(role, profile.CommonName, iin.Value, bin?.Value, organization, oids, keys);
            persons.Add(new SeedPerson(iin.Value, profile.CommonName, Alive: true, LegalCapacity: true));
            return party;
        }

        for (var n = 1; n <= leases; n++)
        {
            var tenant = Issue("tenant", $"bench-{n}-tenant", $"TENANT{n}", null, null, [KzOids.RoleIndividual]);
            var spouse = Issue("spouse", $"bench-{n}-spouse", $"SPOUSE{n}", null, null, [KzOids.RoleIndividual]);
            var guarantor = Issue("guarantor", $"bench-{n}-guarantor", $"GUARANTOR{n}", null, null, [KzOids.RoleIndividual]);
            // Each lease has its own officer: the application goes to the queue of the officer who imported the list (A.13).
            var officer = Issue("ktk-officer", $"bench-{n}-officer", $"OFFICER{n}", EdsParties.KtkBin, "JSC KAZAKHSTAN HOUSING COMPANY",
                [KzOids.RoleLegalEntity, KzOids.RoleEmployee]);
            marriages.Add(new SeedMarriage(tenant.Iin, spouse.Iin, Dissolved: false));
            parties.AddRange([tenant, spouse, guarantor, officer]); // the platform's demo-directory seeder makes their accounts, as for the demo parties
            all.Add(new BenchLease(n, tenant, spouse, guarantor, officer, FlatPrefix + n));
        }

        var readerParties = Enumerable.Range(1, readers)
            .Select(n => Issue("tenant", $"bench-reader-{n}", $"READER{n}", null, null, [KzOids.RoleIndividual])).ToList(); // signing key too: each gives the A.9 consent
        parties.AddRange(readerParties);
        PkiDirectory.SaveAuthorities(pkiDir, pki);
        File.WriteAllText(Path.Combine(pkiDir, "manifest.json"), JsonSerializer.Serialize(manifest with { Parties = parties }, Json));

        // The demo flats of KTK's stock (what the platform offers on approval, A.17) are KTK's property in the registry (A.24).
        var builtIn = RentToOwn.Platform.Registration.Cadastre.EmbeddedSeed.Build(SeedLoader.Default(), EdsParties.KtkBin.Value,
            RentToOwn.Platform.Housing.DemoFlats.All(new RentToOwn.Platform.Contracts.ContractOffer()), null);
        var demo = manifest.Parties.Where(p => builtIn.Persons.All(x => x.Iin != p.Iin)).Select(p => new SeedPerson(p.Iin, p.Name, true, true));
        var seed = builtIn with
        {
            Persons = [.. builtIn.Persons, .. demo, .. persons],
            Marriages = [.. builtIn.Marriages, .. marriages],
            PropertyRanges = [.. builtIn.PropertyRanges ?? [], new SeedPropertyRange(FlatPrefix, leases, FlatAddress,
                EdsParties.KtkBin.Value, new SeedCharacteristics("dwelling", (double)FlatArea, FlatRooms, 5, 2025))],
        };
        var seedPath = Path.Combine(data, "bench-seed.json");
        File.WriteAllText(seedPath, JsonSerializer.Serialize(seed, Json));
        return new BenchPeople(all, readerParties, seedPath);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    // Fictitious IINs (born 1 Jan 1990, male, 20th century) with valid control digits; serials that give no digit are skipped.
    private static Iin NextIin(ref int serial)
    {
        while (true)
        {
            serial++;
            for (var control = 0; control <= 9; control++)
            {
                if (Iin.TryParse($"9001013{9000 - serial:D4}{control}", out var iin, out _)) return iin;
            }
        }
    }
}

/// <summary>One lease's parties and flat.</summary>
public sealed record BenchLease(int Number, ManifestParty Tenant, ManifestParty Spouse, ManifestParty Guarantor, ManifestParty Officer, string CadastralNumber);

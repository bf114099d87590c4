using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>A demo party logged in with EDS, signing with its own SIGN key on the factory's clock.</summary>
internal sealed class ConsentTestParty(PlatformFactory factory, string role, HttpClient client)
{
    public HttpClient Client => client;

    public string Iin => DemoKeys.Party(factory.PkiDirectory, role).Iin;

    public static async Task<ConsentTestParty> LoginAsync(PlatformFactory factory, string role, PlatformRoles roles)
    {
        var party = DemoKeys.Party(factory.PkiDirectory, role);
        await factory.AddUserAsync(party.Iin, party.Name, roles);
        return new ConsentTestParty(factory, role, await EdsClient.LoggedInAsync(factory, DemoKeys.Load(factory.PkiDirectory, role)));
    }

    public string Sign(byte[] data, string? asRole = null) => Convert.ToBase64String(
        new CadesSigner(factory.Time).Sign(data, DemoKeys.Load(factory.PkiDirectory, asRole ?? role, "sign"), CadesSignOptions.Detached));

    public Task<HttpResponseMessage> GiveConsentAsync(string language = "kk") => ConsentClient.GiveAsync(client, f => Sign(f), language);
}

using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Seed;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>
/// Every art. 27 / art. 31 ground of the simulator's catalogue, as the tenant's cabinet shows it; and the grounds that
/// depend on the state registries (ЖТ МДБ, sanctions list, NCA trust) decided by the real simulator on seeded state.
/// </summary>
public sealed class GroundDisplayTests
{
    private static IEnumerable<Ground> Catalogue() => typeof(Grounds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (Ground)f.GetValue(null)!).Where(g => g.LegalBasis is "art. 27" or "art. 31");

    [Fact]
    public async Task Each_catalogue_ground_shows_code_legal_basis_and_both_cadastre_texts()
    {
        using var app = new RegistrationPlatform();
        await VideoSessionSetup.WaitForDemoUsersAsync(app);
        var flow = new RegistrationFlow(app);
        var id = await flow.FormAsync(await SignedLeases.CreateAsync(app, flow, "21:320:050:41"));
        await flow.ConsentAndSignAsync(id);
        await flow.PayAsync(id);
        await flow.WaitForFeeAsync(id);
        using (var officer = await flow.ClientAsync("ktk-officer")) (await officer.PostAsync($"/api/registrations/{id}/submit", null)).EnsureSuccessStatusCode();
        var first = await flow.WaitForAsync(id, "SUSPENDED", Grounds.VideoSessionMissing.Code);

        // The cadastre's later events for the same application, one per ground of the catalogue, through the platform's event intake.
        var grounds = Catalogue().ToList();
        Assert.Equal(21, grounds.Count);
        ulong sequence = 100;
        foreach (var ground in grounds)
        {
            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<RegistrationEvents>().ApplyAsync(new ApplicationEvent
                {
                    ApplicationId = first.CadastreId, Sequence = ++sequence, At = Timestamp.FromDateTimeOffset(app.Time.GetUtcNow()),
                    Status = ground.LegalBasis == "art. 27" ? ApplicationStatus.Suspended : ApplicationStatus.Refused, Reason = ground.ToReason(),
                }, CancellationToken.None);
            }

            await SuspensionTests.AssertCabinetShowsAsync(flow, id, ground, null);
            using var tenant = await flow.ClientAsync("tenant");
            var html = WebUtility.HtmlDecode(await tenant.GetStringAsync($"/Tenant/Registration?id={id}"));
            Assert.Contains(ground.LegalBasis == "art. 27" ? "data-status=\"SUSPENDED\"" : "data-status=\"REFUSED\"", html);
        }

        // Each went to the ledger like any cadastre event.
        var view = await flow.ViewAsync(id);
        Assert.All(view.Events.Where(e => e.Sequence > 100), e => Assert.NotNull(e.LedgerIndex));
        Assert.Equal(grounds.Count, view.Events.Count(e => e.Sequence > 100));
    }

    public static TheoryData<string> RegistryGrounds() => new()
    {
        Grounds.DeceasedParty.Code, Grounds.IncapableParty.Code, Grounds.SanctionsList.Code, Grounds.UnknownParty.Code, Grounds.SignatureInvalid.Code,
    };

    [Theory]
    [MemberData(nameof(RegistryGrounds))]
    public async Task The_simulator_refuses_on_its_registries_and_the_cabinet_shows_it(string code)
    {
        var dir = Directory.CreateTempSubdirectory("rto-reg-seed-").FullName;
        try
        {
            var settings = new Dictionary<string, string?>();
            var guarantor = DemoKeys.Party(SharedPki.FakeClockDirectory, "guarantor").Iin;
            var seed = SeedLoader.Default();
            SeedPerson Mark(SeedPerson p) => p.Iin != guarantor ? p
                : code == Grounds.DeceasedParty.Code ? p with { Alive = false }
                : code == Grounds.IncapableParty.Code ? p with { LegalCapacity = false } : p;
            seed = seed with
            {
                Persons = code == Grounds.UnknownParty.Code ? seed.Persons.Where(p => p.Iin != guarantor).ToList() : seed.Persons.Select(Mark).ToList(),
                SanctionsList = code == Grounds.SanctionsList.Code ? [.. seed.SanctionsList, guarantor] : seed.SanctionsList,
            };
            var seedPath = Path.Combine(dir, "seed.json");
            await File.WriteAllBytesAsync(seedPath, JsonSerializer.SerializeToUtf8Bytes(seed, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            settings["Kadastr:Embedded:SeedPath"] = seedPath;
            if (code == Grounds.SignatureInvalid.Code)
            {
                // The cadastre trusts another root than the one that issued the parties' certificates.
                var trust = Directory.CreateDirectory(Path.Combine(dir, "trust")).FullName;
                using var key = RSA.Create(2048);
                var request = new CertificateRequest("CN=Other NCA root (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
                using var root = request.CreateSelfSigned(PlatformFactory.FakeStart.AddYears(-1), PlatformFactory.FakeStart.AddYears(5));
                await File.WriteAllBytesAsync(Path.Combine(trust, "root.cer"), root.Export(X509ContentType.Cert));
                settings["Kadastr:Embedded:TrustDirectory"] = trust;
            }

            using var app = new RegistrationPlatform(settings);
            await VideoSessionSetup.WaitForDemoUsersAsync(app);
            var flow = new RegistrationFlow(app);
            var id = await flow.FormAsync(await SignedLeases.CreateAsync(app, flow, "21:320:050:42"));
            await flow.CompleteAsync(id);
            await flow.WaitForAsync(id, "REFUSED", code);
            await SuspensionTests.AssertCabinetShowsAsync(flow, id, Catalogue().Single(g => g.Code == code), null);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}

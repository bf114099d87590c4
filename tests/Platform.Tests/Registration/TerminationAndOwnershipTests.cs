using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>A.29–A.34: the termination (KTK's letter, signed by KTK) and the paired ownership (transfer contract, signed by the tenant), one A.30 session for both.</summary>
public sealed class TerminationAndOwnershipTests : IAsyncLifetime
{
    private readonly RegistrationPlatform _app = new();
    private readonly RegistrationFlow _flow;

    public TerminationAndOwnershipTests() => _flow = new RegistrationFlow(_app);

    public Task InitializeAsync() => VideoSessionSetup.WaitForDemoUsersAsync(_app);

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Ownership_waits_for_the_termination_then_both_are_registered()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:31");
        var encumbrance = await _flow.FormAsync(lease);
        await _flow.CompleteAsync(encumbrance);
        await _flow.WaitForAsync(encumbrance, "REGISTERED");

        var termination = await _flow.StartTerminationAsync(lease);
        var ownership = await _flow.StartOwnershipAsync(lease, termination);
        // Forming again returns the open application (idempotent per lease and kind).
        Assert.Equal(termination, await _flow.StartTerminationAsync(lease));

        // A.31: the termination is signed by KTK's head, not the tenant; the ownership by the tenant.
        using (var tenant = await _flow.ClientAsync("tenant"))
        {
            var doc = await tenant.GetByteArrayAsync($"/api/registrations/{termination}/form");
            Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsJsonAsync($"/api/registrations/{termination}/signature", new { cms = _flow.Sign(doc, "tenant") })).StatusCode);
        }

        await _flow.ConsentAndHeadSignAsync(termination);
        await _flow.ConsentAndSignAsync(ownership);
        // A.30: one session, on the termination, serves the pair; the registrar's one signature in the room is attached to both.
        await _flow.RecordVerdictAsync(termination.ToString(), "TerminationAndOwnership");
        Assert.Equal("AwaitingFee", (await _flow.ViewAsync(ownership)).Status);
        Assert.Equal("AwaitingFee", (await _flow.ViewAsync(termination, "ktk-officer")).Status);
        var carried = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == termination || a.Id == ownership)
            .Select(a => new { a.VerdictSessionId, a.VerdictCms }).ToListAsync());
        Assert.Equal(2, carried.Count);
        Assert.Single(carried.Select(c => c.VerdictSessionId).Distinct());
        Assert.Equal(carried[0].VerdictCms, carried[1].VerdictCms);

        // The ownership is paid (and filed) first: the cadastre suspends it until the termination is registered.
        await _flow.PayAsync(ownership);
        await _flow.WaitForAsync(ownership, "SUSPENDED", Grounds.AwaitingTermination.Code);
        await SuspensionTests.AssertCabinetShowsAsync(_flow, ownership, Grounds.AwaitingTermination, "A.34");
        await _flow.PayAsync(termination, "ktk-officer");
        await _flow.WaitForAsync(termination, "REGISTERED");
        var owned = await _flow.WaitForAsync(ownership, "REGISTERED");

        var sheet = await _app.Services.GetRequiredService<CadastreConnection>().Client.GetRegistrationSheetAsync(new GetRegistrationSheetRequest { CadastralNumber = owned.CadastralNumber });
        Assert.Contains(sheet.Entries, e => e.Kind == RegistrationEntryKind.Ownership && e.Active && e.Holders.Contains(_flow.Iin("tenant")));
        Assert.DoesNotContain(sheet.Entries, e => e.Kind == RegistrationEntryKind.LeaseEncumbrance && e.Active);

        // The seam other areas read.
        using var scope = _app.Services.CreateScope();
        var all = await scope.ServiceProvider.GetRequiredService<IRegistrationApplications>().ForLeaseAsync(lease, CancellationToken.None);
        Assert.Equal([RegistrationKind.LeaseEncumbrance, RegistrationKind.EncumbranceTermination, RegistrationKind.Ownership], all.Select(a => a.Kind));
        Assert.All(all, a => Assert.Equal("REGISTERED", a.Status));
    }

    [Fact]
    public async Task An_ownership_formed_after_the_A30_verdict_still_carries_it_and_is_registered()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:33");
        var encumbrance = await _flow.FormAsync(lease);
        await _flow.CompleteAsync(encumbrance);
        await _flow.WaitForAsync(encumbrance, "REGISTERED");

        // A.30: the session on the termination is held and the verdict signed before the ownership application exists.
        var termination = await _flow.StartTerminationAsync(lease);
        await _flow.ConsentAndHeadSignAsync(termination);
        var verdict = await _flow.RecordVerdictAsync(termination.ToString(), "TerminationAndOwnership");
        Assert.DoesNotContain("verdict", (await _flow.ViewAsync(termination, "ktk-officer")).Missing);

        // Formed afterwards, the ownership carries the same verdict at once: nobody signs again.
        var ownership = await _flow.StartOwnershipAsync(lease, termination);
        var formed = await _flow.ViewAsync(ownership);
        Assert.DoesNotContain("verdict", formed.Missing);
        Assert.Equal(verdict.GetProperty("ledgerIndex").GetInt64(), Assert.Single(formed.Events, e => e.Code == "VerdictAttached").LedgerIndex);
        var carried = await _app.WithDbAsync(db => db.Set<RegistrationApplication>().Where(a => a.Id == termination || a.Id == ownership)
            .Select(a => a.VerdictCms).ToListAsync());
        Assert.Equal(Convert.FromBase64String(verdict.GetProperty("signatureBase64").GetString()!), Assert.Single(carried.Distinct(new BytesComparer())));

        await _flow.ConsentAndSignAsync(ownership);
        await _flow.PayAsync(termination, "ktk-officer");
        await _flow.PayAsync(ownership);
        await _flow.WaitForAsync(termination, "REGISTERED");
        await _flow.WaitForAsync(ownership, "REGISTERED");
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]?>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[]? obj) => obj?.Length ?? 0;
    }

    [Fact]
    public async Task Inconsistent_starts_are_refused_with_the_reason()
    {
        var lease = await SignedLeases.CreateAsync(_app, _flow, "21:320:050:32");
        using var scope = _app.Services.CreateScope();
        var seam = scope.ServiceProvider.GetRequiredService<IRegistrationApplications>();
        var letter = "letter"u8.ToArray();
        var unsigned = new BasisDocument(BasisDocumentKind.KtkLetter, "KTK letter", letter, []);
        var e1 = await Assert.ThrowsAsync<ArgumentException>(() => seam.StartAsync(new RegistrationStart(lease, RegistrationKind.EncumbranceTermination, unsigned, null, Guid.NewGuid()), default));
        Assert.Contains("KTK's signature", e1.Message);
        var wrongKind = new BasisDocument(BasisDocumentKind.LeaseContract, "c", letter, []);
        Assert.Contains("rests on a KtkLetter", (await Assert.ThrowsAsync<ArgumentException>(() =>
            seam.StartAsync(new RegistrationStart(lease, RegistrationKind.EncumbranceTermination, wrongKind, null, Guid.NewGuid()), default))).Message);
        var transfer = new BasisDocument(BasisDocumentKind.TransferContract, "t", letter,
            [new BasisSignature([1], BasisSignerRole.Tenant, _flow.Iin("tenant")), new BasisSignature([1], BasisSignerRole.Ktk, "040540000103")]);
        Assert.Contains("paired with the termination", (await Assert.ThrowsAsync<ArgumentException>(() =>
            seam.StartAsync(new RegistrationStart(lease, RegistrationKind.Ownership, transfer, null, Guid.NewGuid()), default))).Message);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => seam.StartAsync(new RegistrationStart(Guid.NewGuid(), RegistrationKind.EncumbranceTermination, unsigned, null, Guid.NewGuid()), default));
    }
}

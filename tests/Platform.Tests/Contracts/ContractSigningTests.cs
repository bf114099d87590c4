using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Contracts;

/// <summary>A.17–A.18: approval drafts the contract; the parties sign its exact PDF bytes in order; receipts on the ledger.</summary>
public sealed class ContractSigningTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly ApplicationFlow _flow;

    public ContractSigningTests() => _flow = new ApplicationFlow(_factory, _factory.PkiDirectory);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static async Task<(Guid Id, byte[] Pdf)> ContractOfAsync(HttpClient client)
    {
        var list = await JsonAsync(await client.GetAsync("/api/contracts"));
        var id = list.EnumerateArray().Single().GetProperty("id").GetGuid();
        return (id, await client.GetByteArrayAsync($"/api/contracts/{id}/pdf"));
    }

    // A second, different signature of the same signer over the same bytes (signing is deterministic at one instant).
    private string SignLater(byte[] data, string role) => Convert.ToBase64String(
        new CadesSigner(new FakeTimeProvider(PlatformFactory.FakeStart.AddSeconds(1))).Sign(data, DemoKeys.Load(_factory.PkiDirectory, role, "sign"), CadesSignOptions.Detached));

    private static Task<HttpResponseMessage> PostSignature(HttpClient client, Guid id, string cms) =>
        client.PostAsJsonAsync($"/api/contracts/{id}/signatures", new { cms });

    [Fact]
    public async Task Approval_drafts_the_contract_with_schedules_and_buyout_quote()
    {
        var appId = await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var (id, pdf) = await ContractOfAsync(tenant);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        var view = await JsonAsync(await tenant.GetAsync($"/api/contracts/{id}"));
        Assert.Equal(appId, view.GetProperty("applicationId").GetGuid());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), view.GetProperty("contractSha256").GetString());
        // A.17: the programme's terms: 3.1 %, no down payment, at most 240 months.
        Assert.Equal(3.1m, view.GetProperty("annualRatePercent").GetDecimal());
        Assert.Equal(240, view.GetProperty("termMonths").GetInt32());
        Assert.Equal(3, view.GetProperty("requiredSignatures").GetInt32());
        Assert.Equal("tenant", view.GetProperty("nextSigner").GetString());
        Assert.True(view.GetProperty("monthlyPaymentTiyn").GetInt64() > 0);

        var schedules = await JsonAsync(await tenant.GetAsync($"/api/contracts/{id}/schedules"));
        Assert.Equal(240, schedules.GetProperty("payments").GetProperty("rows").GetArrayLength());
        Assert.True(schedules.GetProperty("taxes").GetArrayLength() > 0);

        var early = await JsonAsync(await tenant.GetAsync($"/api/contracts/{id}/buyout?date=2027-06-15"));
        var late = await JsonAsync(await tenant.GetAsync($"/api/contracts/{id}/buyout?date=2030-06-15"));
        Assert.True(early.GetProperty("total").GetDecimal() > late.GetProperty("total").GetDecimal());

        // The tenant's page shows the schedules, the quote and the signing widget over the PDF bytes.
        var html = await tenant.GetStringAsync($"/Contracts?id={id}");
        Assert.Contains("id=\"payment-schedule\"", html);
        Assert.Contains("id=\"app-contract\"", await tenant.GetStringAsync("/Tenant/Application"));
        Assert.Contains("id=\"tax-schedule\"", html);
        Assert.Contains("data-document=", html);
        Assert.Contains($"/api/contracts/{id}/signatures", html);
        // The guarantor sees the contract but no widget before the tenant has signed.
        var guarantor = await _flow.LoginAsync("guarantor");
        var gHtml = await guarantor.GetStringAsync($"/Contracts?id={id}");
        Assert.Contains("id=\"contract-next\"", gHtml);
        Assert.DoesNotContain("data-submit-url", gHtml);

        // The PDF is deterministic: the same lease renders the same bytes.
        Assert.Equal(pdf, await tenant.GetByteArrayAsync($"/api/contracts/{id}/pdf"));
    }

    [Fact]
    public async Task Parties_sign_in_order_and_every_signature_has_a_ledger_receipt()
    {
        await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var guarantor = await _flow.LoginAsync("guarantor");
        var head = await _flow.LoginAsync("ktk-head");
        var (id, pdf) = await ContractOfAsync(tenant);

        // A.18: the guarantor and the head cannot sign before the tenant.
        var early = await PostSignature(guarantor, id, _flow.Sign(pdf, "guarantor"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Refusal.Shown(await early.Content.ReadAsStringAsync(), "contracts.refused.order", new Outcome.Text("contracts.refused.who.tenant"));
        Refusal.Shown(await (await PostSignature(head, id, _flow.Sign(pdf, "ktk-head"))).Content.ReadAsStringAsync(), "contracts.refused.order", new Outcome.Text("contracts.refused.who.tenant"));

        // Bad signatures from the tenant: other bytes, someone else's key, the AUTH key, not base64.
        Refusal.Shown(await (await PostSignature(tenant, id, _flow.Sign("other"u8.ToArray(), "tenant"))).Content.ReadAsStringAsync(), "signing.refused.not_accepted");
        var wrongIin = await PostSignature(tenant, id, _flow.Sign(pdf, "guarantor"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongIin.StatusCode);
        var authKey = await PostSignature(tenant, id, _flow.Sign(pdf, "tenant", "auth"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, authKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostSignature(tenant, id, "%%%")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PostSignature(tenant, id, _flow.Sign(pdf, "tenant"))).StatusCode);
        Refusal.Shown(await (await PostSignature(tenant, id, SignLater(pdf, "tenant"))).Content.ReadAsStringAsync(), "contracts.refused.signed_already");
        Refusal.Shown(await (await PostSignature(head, id, _flow.Sign(pdf, "ktk-head"))).Content.ReadAsStringAsync(), "contracts.refused.order", new Outcome.Text("contracts.refused.who.guarantor", 1, 1));
        Assert.Equal(HttpStatusCode.OK, (await PostSignature(guarantor, id, _flow.Sign(pdf, "guarantor"))).StatusCode);
        // The head signs last, and only with the head's key.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await PostSignature(head, id, _flow.Sign(pdf, "ktk-officer"))).StatusCode);
        var done = await PostSignature(head, id, _flow.Sign(pdf, "ktk-head"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var view = await JsonAsync(done);
        Assert.Equal(JsonValueKind.Null, view.GetProperty("nextSigner").ValueKind);
        var sigs = view.GetProperty("signatures").EnumerateArray().ToList();
        Assert.Equal(["tenant", "guarantor", "ktk-head"], sigs.Select(s => s.GetProperty("role").GetString()));
        Assert.All(sigs, s => Assert.Equal(JsonValueKind.Object, s.GetProperty("receipt").ValueKind));
        Refusal.Shown(await (await PostSignature(guarantor, id, SignLater(pdf, "guarantor"))).Content.ReadAsStringAsync(), "contracts.refused.signed_by_all");

        // A.18: receipts on the ledger, the first as ContractSigned and the rest SignatureAdded; no IIN in them.
        var receipts = await _factory.WithDbAsync(db => db.LedgerReceipts.Where(r => r.SubjectId.StartsWith("contract:")).OrderBy(r => r.LeafIndex).ToListAsync());
        Assert.Equal(["ContractSigned", "SignatureAdded", "SignatureAdded"], receipts.Select(r => r.Kind));
        Assert.All(receipts, r => Assert.DoesNotContain(DemoKeys.Party(_factory.PkiDirectory, "tenant").Iin, r.ReceiptJson));

        // Each CMS can be downloaded and verifies over the PDF.
        for (var step = 0; step < 3; step++)
        {
            var cms = await tenant.GetByteArrayAsync($"/api/contracts/{id}/signatures/{step}/cms");
            Assert.Equal(sigs[step].GetProperty("role").GetString(), await _factory.WithDbAsync(db => db.ContractSignatures.Where(s => s.LeaseId == id && s.Step == step).Select(s => s.Role).SingleAsync()));
            Assert.Equal(cms, await _factory.WithDbAsync(db => db.ContractSignatures.Where(s => s.LeaseId == id && s.Step == step).Select(s => s.Cms).SingleAsync()));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await tenant.GetAsync($"/api/contracts/{id}/signatures/5/cms")).StatusCode);
    }

    [Fact]
    public async Task A18_the_same_signature_resent_after_a_lost_answer_gets_the_same_answer_and_is_stored_and_recorded_once()
    {
        // Issue 17 §3: a client whose answer died with the platform sends the same bytes again.
        await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var (id, pdf) = await ContractOfAsync(tenant);
        var cms = _flow.Sign(pdf, "tenant");
        var first = await PostSignature(tenant, id, cms);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await PostSignature(tenant, id, cms);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (a, b) = (await JsonAsync(first), await JsonAsync(again));
        Assert.Equal(a.GetProperty("signatures").GetRawText(), b.GetProperty("signatures").GetRawText());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ContractSignatures.CountAsync(s => s.LeaseId == id)));
        var subject = RentToOwn.Platform.Signing.LedgerSubject.Contract(id).Id;
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject)));

        // Another signature by the same signer (other bytes: a later signing time) is still a conflict.
        var other = await PostSignature(tenant, id, SignLater(pdf, "tenant"));
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Refusal.Shown(await other.Content.ReadAsStringAsync(), "contracts.refused.signed_already");
    }

    [Fact]
    public async Task Other_people_cannot_reach_the_contract_with_its_id()
    {
        await _flow.ApprovedApplicationAsync();
        var tenant = await _flow.LoginAsync("tenant");
        var (id, pdf) = await ContractOfAsync(tenant);

        // The spouse (not a party here) and the officer (not the head) get 404 on every route.
        foreach (var role in new[] { "spouse", "ktk-officer" })
        {
            var other = await _flow.LoginAsync(role);
            Assert.Equal("[]", await other.GetStringAsync("/api/contracts"));
            foreach (var path in new[] { "", "/pdf", "/schedules", "/buyout", "/signatures/0/cms" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/contracts/{id}{path}")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await PostSignature(other, id, _flow.Sign(pdf, role))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Contracts?id={id}")).StatusCode);
        }

        // Without a session: no access at all.
        var anonymous = _factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/contracts/{id}/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_signature_with_a_revoked_certificate_is_refused()
    {
        // Own copy of the test PKI, so revoking does not touch the shared one.
        var pki = Directory.CreateTempSubdirectory("rto-contract-pki-").FullName;
        foreach (var f in Directory.GetFiles(_factory.PkiDirectory, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(pki, Path.GetRelativePath(_factory.PkiDirectory, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }

        var test = PkiDirectory.Load(pki, new FakeTimeProvider(PlatformFactory.FakeStart.AddHours(-2)));
        var issued = test.Issue(DemoParties.ByRole("tenant"), KeyAlgorithm.Rsa, KeyPurpose.Signing);
        test.Revoke(issued.Key.Certificate.SerialNumber.ToString(16), PlatformFactory.FakeStart.AddHours(-1));
        PkiDirectory.SaveAuthorities(pki, test);

        using var factory = new PlatformFactory();
        factory.Settings["Eds:PkiDirectory"] = pki;
        var flow = new ApplicationFlow(factory, pki);
        await flow.ApprovedApplicationAsync();
        var tenant = await flow.LoginAsync("tenant");
        var (id, pdf) = await ContractOfAsync(tenant);
        var cms = Convert.ToBase64String(new CadesSigner(factory.Time).Sign(pdf, issued.Key, CadesSignOptions.Detached));
        var r = await PostSignature(tenant, id, cms);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        Assert.Contains("revoked", (await r.Content.ReadAsStringAsync()).ToLowerInvariant());
        Assert.Equal(0, await factory.WithDbAsync(db => db.ContractSignatures.CountAsync()));
        Directory.Delete(pki, recursive: true);
    }

    public void Dispose() => _factory.Dispose();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>Issue 16 §5: a person withdraws a consent in the cabinet; signed, on the ledger, audited; what depends on it stops.</summary>
public sealed class ConsentWithdrawalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Appendix_a_signed_withdrawal_is_recorded_on_the_ledger_audited_and_closes_the_gate()
    {
        var guarantor = await ConsentTestParty.LoginAsync(factory, "guarantor", PlatformRoles.Guarantor);
        Assert.Equal(HttpStatusCode.OK, (await guarantor.GiveConsentAsync()).StatusCode);
        var id = (await guarantor.Client.GetFromJsonAsync<JsonElement>("/api/consents"))[0].GetProperty("id").GetGuid();
        Assert.True(await GateAsync(guarantor.Iin));

        var form = await guarantor.Client.GetFromJsonAsync<JsonElement>($"/api/consents/{id}/withdrawal?language=en");
        var document = Convert.FromBase64String(form.GetProperty("document").GetString()!);
        Assert.Contains(id.ToString(), form.GetProperty("text").GetString());
        Assert.DoesNotContain(guarantor.Iin, form.GetProperty("text").GetString());

        // Another person's key, or text in another language than signed: 422, nothing changes.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await WithdrawAsync(guarantor.Client, id, "en", guarantor.Sign(document, "tenant"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await WithdrawAsync(guarantor.Client, id, "ru", guarantor.Sign(document))).StatusCode);
        Assert.True(await GateAsync(guarantor.Iin));

        Assert.Equal(HttpStatusCode.NoContent, (await WithdrawAsync(guarantor.Client, id, "en", guarantor.Sign(document))).StatusCode);
        var consent = await factory.WithDbAsync(db => db.Consents.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.NotNull(consent.RevokedAt);
        var receipt = await factory.WithDbAsync(db => db.LedgerReceipts.AsNoTracking().SingleAsync(r => r.Kind == "ConsentWithdrawn"));
        Assert.Equal(receipt.Id, consent.WithdrawalReceiptId);
        Assert.Equal(RentToOwn.Platform.Ledger.LedgerSubjects.For("consent", id), receipt.SubjectId);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "withdraw:consent" && a.Resource == $"consent/{id}" && a.SubjectIin == guarantor.Iin)));
        Assert.False(await GateAsync(guarantor.Iin));
        var listed = (await guarantor.Client.GetFromJsonAsync<JsonElement>("/api/consents"))[0];
        Assert.False(listed.GetProperty("live").GetBoolean());
        // The list keeps its field: the withdrawal's leaf, read through the link.
        Assert.Equal(receipt.LeafIndex, listed.GetProperty("withdrawalLeafIndex").GetInt64());

        // Withdrawn once: the same signed withdrawal resent gets the first answer and no second record (issue 17 §3); another is 409.
        Assert.Equal(HttpStatusCode.NoContent, (await WithdrawAsync(guarantor.Client, id, "en", guarantor.Sign(document))).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.Kind == "ConsentWithdrawn" && r.SubjectId == receipt.SubjectId)));
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Conflict, (await WithdrawAsync(guarantor.Client, id, "en", guarantor.Sign(document))).StatusCode);
    }

    [Fact]
    public async Task Nobody_withdraws_or_reads_another_persons_consent()
    {
        var spouse = await ConsentTestParty.LoginAsync(factory, "spouse", PlatformRoles.Spouse);
        Assert.Equal(HttpStatusCode.OK, (await spouse.GiveConsentAsync()).StatusCode);
        var id = (await spouse.Client.GetFromJsonAsync<JsonElement>("/api/consents"))[0].GetProperty("id").GetGuid();
        var other = await ConsentTestParty.LoginAsync(factory, "ktk-officer", PlatformRoles.Officer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/api/consents/{id}/withdrawal")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await WithdrawAsync(other.Client, id, "kk", other.Sign("x"u8.ToArray()))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WithdrawAsync(spouse.Client, id, "kk", "%%%")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await WithdrawAsync(spouse.Client, id, "de", "AAAA")).StatusCode);
        Assert.Null((await factory.WithDbAsync(db => db.Consents.AsNoTracking().SingleAsync(c => c.Id == id))).RevokedAt);
        Assert.Equal(HttpStatusCode.OK, (await spouse.Client.GetAsync("/Consents")).StatusCode);
        Assert.Contains($"/api/consents/{id}/withdrawal", await spouse.Client.GetStringAsync($"/Consents?withdraw={id}"));
        Assert.DoesNotContain("data-submit-url", await other.Client.GetStringAsync($"/Consents?withdraw={id}"));
    }

    private Task<HttpResponseMessage> WithdrawAsync(HttpClient client, Guid id, string language, string cms) =>
        client.PostAsJsonAsync($"/api/consents/{id}/withdrawal", new { language, cms });

    private async Task<bool> GateAsync(string iin)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PersonalDataAccess>().TryReadAsync("test", iin, "read:test", "test", default);
    }
}

/// <summary>Issue 15 §2, 16 §5: once the tenant withdraws, the officer's review stops and the queue hides the IIN.</summary>
public sealed class ReviewAfterWithdrawalTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A9_withdrawal_stops_the_review_and_the_queue_never_shows_the_IIN_without_consent()
    {
        var flow = new ApplicationFlow(factory, factory.PkiDirectory);
        var id = await flow.SubmittedApplicationAsync();
        var officer = await flow.LoginAsync("ktk-officer");
        var tenantIin = DemoKeys.Party(factory.PkiDirectory, "tenant").Iin;
        var officerIin = DemoKeys.Party(factory.PkiDirectory, "ktk-officer").Iin;
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        Assert.Equal(tenantIin, (await QueueAsync(officerIin)).Single().TenantIin);
        // The guarantor's cabinet shows the tenant's application (what A.12 signs) under the tenant's consent, audited.
        var guarantor = await flow.LoginAsync("guarantor");
        Assert.Contains($"data-application=\"{id}\"", await guarantor.GetStringAsync("/Guarantor"));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "read:application:guarantor" && a.SubjectIin == tenantIin && a.Allowed)));

        var tenant = await flow.LoginAsync("tenant");
        var consentId = (await tenant.GetFromJsonAsync<JsonElement>("/api/consents")).EnumerateArray().First(c => c.GetProperty("live").GetBoolean()).GetProperty("id").GetGuid();
        var form = await tenant.GetFromJsonAsync<JsonElement>($"/api/consents/{consentId}/withdrawal?language=kk");
        Assert.Equal(HttpStatusCode.NoContent, (await tenant.PostAsJsonAsync($"/api/consents/{consentId}/withdrawal",
            new { language = "kk", cms = flow.Sign(Convert.FromBase64String(form.GetProperty("document").GetString()!), "tenant") })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/Officer/Review/Details?id={id}")).StatusCode);
        var item = (await QueueAsync(officerIin)).Single();
        Assert.Null(item.TenantIin);
        Assert.Null(item.MonthlyIncomeTiyn);
        Assert.DoesNotContain(tenantIin, await officer.GetStringAsync("/Officer/Review"));
        var guarantorPage = await guarantor.GetStringAsync("/Guarantor");
        Assert.DoesNotContain($"data-application=\"{id}\"", guarantorPage);
        Assert.DoesNotContain(tenantIin, guarantorPage);
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.Action == "read:application:guarantor" && a.SubjectIin == tenantIin && !a.Allowed)));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.SubjectIin == tenantIin && a.Action == "read:application" && !a.Allowed)));
    }

    private async Task<IReadOnlyList<ReviewItem>> QueueAsync(string officerIin)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewQueue>().ForOfficerAsync(officerIin, default);
    }
}

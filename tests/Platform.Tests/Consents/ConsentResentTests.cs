using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>Issue 17 §3: a consent resent after a lost answer is answered as the first time and recorded once (A.9).</summary>
public sealed class ConsentResentTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task A9_the_same_form_and_signature_resent_get_the_same_consent_and_one_ConsentGiven_record()
    {
        var tenant = await ConsentTestParty.LoginAsync(factory, "tenant", PlatformRoles.Tenant);
        var form = await ConsentClient.FormAsync(tenant.Client, "en");
        var cms = tenant.Sign(Convert.FromBase64String(form.Document));
        var first = await tenant.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "en", cms });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var again = await tenant.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "en", cms });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await first.Content.ReadAsStringAsync();
        Assert.Equal(body, await again.Content.ReadAsStringAsync());

        var id = (await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("consentId").GetGuid();
        Assert.Equal([id], await factory.WithDbAsync(db => db.Consents.Where(c => c.SubjectIin == tenant.Iin).Select(c => c.Id).ToListAsync()));
        var subject = LedgerSubjects.For("consent", id);
        Assert.Equal(1, await factory.WithDbAsync(db => db.LedgerReceipts.CountAsync(r => r.SubjectId == subject && r.Kind == "ConsentGiven")));
        Assert.NotNull(await factory.WithDbAsync(db => db.Consents.Where(c => c.Id == id).Select(c => c.ReceiptId).SingleAsync()));

        // Another signature over the same form (a later signing time) is a consent of its own, as before: consents are not once-only.
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        var later = await tenant.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "en", cms = tenant.Sign(Convert.FromBase64String(form.Document)) });
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.NotEqual(id, (await later.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("consentId").GetGuid());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Consents.CountAsync(c => c.SubjectIin == tenant.Iin)));
    }
}

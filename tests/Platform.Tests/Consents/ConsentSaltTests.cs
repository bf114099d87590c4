using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>Issue 15 §3: the consent form carries a random form number, so its ledger hash cannot be brute-forced back to the IIN.</summary>
public sealed class ConsentSaltTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Two_forms_for_the_same_person_and_text_differ_only_by_the_form_number_and_hash_differently()
    {
        var guarantor = await ConsentTestParty.LoginAsync(factory, "guarantor", PlatformRoles.Guarantor);
        var a = await ConsentClient.FormAsync(guarantor.Client, "ru");
        var b = await ConsentClient.FormAsync(guarantor.Client, "ru");
        Assert.NotEqual(SHA256.HashData(Convert.FromBase64String(a.Document)), SHA256.HashData(Convert.FromBase64String(b.Document)));
        var saltA = System.Text.RegularExpressions.Regex.Match(a.Text, "№ ([0-9a-f]{32})").Groups[1].Value;
        var saltB = System.Text.RegularExpressions.Regex.Match(b.Text, "№ ([0-9a-f]{32})").Groups[1].Value;
        Assert.NotEqual(saltA, saltB);
        Assert.Equal(a.Text.Replace(saltA, ""), b.Text.Replace(saltB, ""));
    }

    [Fact]
    public async Task The_ledger_holds_the_salted_hash_the_salt_stays_with_the_consent_and_the_EDS_check_still_verifies()
    {
        var tenant = await ConsentTestParty.LoginAsync(factory, "tenant", PlatformRoles.Tenant);
        Assert.Equal(HttpStatusCode.OK, (await tenant.GiveConsentAsync("en")).StatusCode);
        var consent = await factory.WithDbAsync(db => db.Consents.AsNoTracking().SingleAsync(c => c.SubjectIin == tenant.Iin && c.Purpose == ConsentPurposes.Application));
        Assert.True(ConsentForm.IsSalt(consent.FormSalt));
        Assert.Contains(consent.FormSalt!, System.Text.Encoding.UTF8.GetString(consent.SignedForm!));

        var receipt = await factory.WithDbAsync(db => db.LedgerReceipts.AsNoTracking().SingleAsync(r => r.Kind == "ConsentGiven" && r.SubjectId == RentToOwn.Platform.Ledger.LedgerSubjects.For("consent", consent.Id)));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(consent.SignedForm!)), receipt.ReceiptJson);
        Assert.DoesNotContain(consent.FormSalt!, receipt.ReceiptJson);
        Assert.DoesNotContain(tenant.Iin, receipt.ReceiptJson);

        // Whoever knows the IIN, name and BINs but not the salt gets another hash.
        using var scope = factory.Services.CreateScope();
        var guess = ConsentForm.Bytes("en", DemoKeys.Party(factory.PkiDirectory, "tenant").Name, tenant.Iin,
            scope.ServiceProvider.GetRequiredService<ConsentForms>().Parties, new string('0', 32));
        Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(guess)), receipt.ReceiptJson);

        // The stored signature still verifies over the stored bytes (what the A.14 EDS check re-verifies).
        var verifier = scope.ServiceProvider.GetRequiredService<RentToOwn.Eds.Verification.CadesVerifier>();
        var trust = scope.ServiceProvider.GetRequiredService<RentToOwn.Platform.Signing.EdsTrust>();
        Assert.True(verifier.Verify(consent.SignedForm!, consent.SignatureCms!, trust.Policy(RentToOwn.Eds.Certificates.KeyPurpose.Signing)).Passed);
    }

    [Fact]
    public async Task A_signature_without_an_issued_form_or_with_another_persons_form_is_400_and_nothing_is_stored()
    {
        var spouse = await ConsentTestParty.LoginAsync(factory, "spouse", PlatformRoles.Spouse);
        var guarantor = await ConsentTestParty.LoginAsync(factory, "guarantor", PlatformRoles.Guarantor);
        var form = await ConsentClient.FormAsync(spouse.Client, "kk");
        var cms = spouse.Sign(Convert.FromBase64String(form.Document));

        var noToken = await spouse.Client.PostAsJsonAsync("/api/consents", new { language = "kk", cms });
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Refusal.Shown(await noToken.Content.ReadAsStringAsync(), "consents.refused.form_not_issued");
        Assert.Equal(HttpStatusCode.BadRequest, (await spouse.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "ru", cms })).StatusCode); // another language
        Assert.Equal(HttpStatusCode.BadRequest, (await guarantor.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "kk", cms })).StatusCode); // another person
        Assert.Equal(HttpStatusCode.BadRequest, (await spouse.Client.PostAsJsonAsync("/api/consents?form=" + new string('A', 5000), new { language = "kk", cms })).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Consents.CountAsync(c => c.SubjectIin == spouse.Iin)));

        Assert.Equal(HttpStatusCode.OK, (await spouse.Client.PostAsJsonAsync(form.SubmitUrl, new { language = "kk", cms })).StatusCode);
    }
}

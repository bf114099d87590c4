using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Consents;

/// <summary>Issue 16 §5: validity is the service period, and an expired consent closes the gate exactly like a missing one.</summary>
public sealed class ConsentExpiryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Appendix_an_expired_consent_closes_the_gate_exactly_like_a_missing_one()
    {
        var guarantor = await ConsentTestParty.LoginAsync(factory, "guarantor", PlatformRoles.Guarantor);
        Assert.Equal(HttpStatusCode.OK, (await guarantor.GiveConsentAsync()).StatusCode);
        var consent = await factory.WithDbAsync(db => db.Consents.AsNoTracking().SingleAsync(c => c.SubjectIin == guarantor.Iin));
        Assert.Equal(consent.GrantedAt.AddMonths(240), consent.ValidUntil); // the service period (Consents:ServicePeriodMonths), not 365 days
        const string nobody = "900101300009"; // never consented
        Assert.True(await ReadAsync(guarantor.Iin));
        Assert.False(await ReadAsync(nobody));

        factory.Time.Advance(consent.ValidUntil - factory.Time.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.True(await ReadAsync(guarantor.Iin)); // live to the last second
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await ReadAsync(guarantor.Iin));

        // The same answer and the same audit line as for a person with no consent at all.
        var lines = await factory.WithDbAsync(db => db.AuditLog.AsNoTracking().Where(a => a.Action == "read:expiry-test").OrderBy(a => a.Id).ToListAsync());
        var expired = lines[^1];
        var missing = lines.Last(a => a.SubjectIin == nobody);
        Assert.Equal((missing.Allowed, missing.Action, missing.Resource), (expired.Allowed, expired.Action, expired.Resource));
        Assert.False(expired.Allowed);
        using var scope = factory.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IConsentService>().LiveConsentAsync(guarantor.Iin, ConsentPurposes.Application, default));
    }

    private async Task<bool> ReadAsync(string iin)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PersonalDataAccess>().TryReadAsync("officer", iin, "read:expiry-test", "application/x", default);
    }
}

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Signing;

/// <summary>A revocation NCA publishes while the platform runs is seen after the CRL refresh interval, not only after a restart.</summary>
public sealed class EdsTrustRevocationTests : IDisposable
{
    private static readonly byte[] Document = "A.17: contract bytes"u8.ToArray();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"rto-edstrust-{Guid.NewGuid():N}");
    private readonly FakeTimeProvider _time = new(PlatformFactory.FakeStart);

    // A copy of the shared fake-clock PKI (issued a day before FakeStart): each test revokes in its own copy,
    // without generating every party's keys again.
    public EdsTrustRevocationTests() => SharedPki.CopyFakeClockDirectory(Path.Combine(_dir, "pki"));

    [Fact]
    public void Revocation_published_while_running_is_seen_after_the_refresh_interval()
    {
        var trust = Trust(TimeSpan.FromMinutes(10));
        var key = DemoKeys.Load(Path.Combine(_dir, "pki"), "tenant", "sign");
        var cms = new CadesSigner(_time).Sign(Document, key);
        Assert.True(Verify(trust, cms).Passed);

        Revoke(key);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(Verify(trust, cms).Passed); // still the CRLs read before the revocation

        _time.Advance(TimeSpan.FromMinutes(10));
        var report = Verify(trust, cms);
        Assert.False(report.Passed);
        Assert.Contains(report.Signatures, s => s.SubIndication == SubIndication.Revoked);
    }

    [Fact]
    public void RefreshRevocation_reads_new_crls_at_once()
    {
        var trust = Trust(TimeSpan.FromDays(1));
        var key = DemoKeys.Load(Path.Combine(_dir, "pki"), "guarantor", "sign");
        var cms = new CadesSigner(_time).Sign(Document, key);
        Assert.True(Verify(trust, cms).Passed);

        Revoke(key);
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.True(Verify(trust, cms).Passed);
        trust.RefreshRevocation();
        Assert.False(Verify(trust, cms).Passed);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private EdsTrust Trust(TimeSpan refresh)
    {
        var env = new Mock<IHostEnvironment>();
        env.SetupGet(e => e.ContentRootPath).Returns(_dir);
        var data = new DataDirectory(Options.Create(new PlatformDataOptions { DataDirectory = _dir }), env.Object);
        var options = new EdsOptions { PkiDirectory = "pki", CreateTestPki = false, CrlRefreshInterval = refresh };
        return new EdsTrust(Options.Create(options), data, _time);
    }

    private void Revoke(Pkcs12Key key)
    {
        var pki = PkiDirectory.Load(Path.Combine(_dir, "pki"), _time);
        pki.Revoke(key.Certificate.SerialNumber.ToString(16), _time.GetUtcNow());
        PkiDirectory.SaveAuthorities(Path.Combine(_dir, "pki"), pki);
    }

    private ValidationReport Verify(EdsTrust trust, byte[] cms) =>
        new CadesVerifier().Verify(Document, cms, trust.Policy(KeyPurpose.Signing));
}

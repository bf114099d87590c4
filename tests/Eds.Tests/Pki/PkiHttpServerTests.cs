using System.Text;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Hosting;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Pki;

/// <summary>The HTTP stand-ins for NCA's TSA, OCSP and CRL distribution, reached over a real socket.</summary>
[Collection(PkiCollection.Name)]
public sealed class PkiHttpServerTests(PkiFixture fx)
{
    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public async Task Ocsp_and_crl_over_http_agree_and_timestamps_work(KeyAlgorithm alg)
    {
        await using var server = await PkiHttpServer.StartAsync(fx.Pki, port: 0);
        using var http = new HttpClient();
        var now = fx.Pki.Time.GetUtcNow();
        var ocsp = OcspRevocationSource.OverHttp(http, issuer => new Uri(server.BaseUrl,
            "ocsp/" + fx.Pki.Authorities.Single(a => a.Certificate.Equals(issuer)).Name));
        var issuerCert = fx.Pki.IssuerFor(alg).Certificate;

        // The fixture revoked "revoked" at RevokedAt, which is after the PKI clock's now: OCSP says good until then.
        Assert.Equal(RevocationState.Good, ocsp.Check(fx.Keys[(alg, "tenant")].Key.Certificate, issuerCert, now)!.State);
        Assert.Equal(RevocationState.Unknown, ocsp.Check(fx.Keys[(alg, "foreign")].Key.Certificate, issuerCert, now)!.State);

        var crl = await http.GetByteArrayAsync(new Uri(server.BaseUrl, $"crl/{fx.Pki.IssuerFor(alg).Name}.crl"));
        var status = new CrlRevocationSource([crl]).Check(fx.Keys[(alg, "revoked")].Key.Certificate, issuerCert, now)!;
        Assert.Equal(RevocationState.Revoked, status.State);
        Assert.Equal(PkiFixture.RevokedAt, status.RevokedAt);

        var document = Encoding.UTF8.GetBytes("A.22: payment document");
        var cms = new CadesSigner(new FakeTimeProvider(now), new HttpTimestampClient(http, new Uri(server.BaseUrl, "tsa")))
            .Sign(document, fx.Keys[(alg, "tenant")].Key, new CadesSignOptions(Timestamp: true));
        var policy = new VerificationPolicy(fx.Trust, [ocsp], new FakeTimeProvider(now.AddMinutes(1)));
        var sig = Assert.Single(new CadesVerifier().Verify(document, cms, policy).Signatures);
        Assert.Equal(Indication.TotalPassed, sig.Indication);
        Assert.Equal("OCSP", sig.RevocationSource);
        Assert.Equal(now, sig.TimestampTime);
    }

    [Fact]
    public async Task Bad_requests_get_http_errors_or_rejections_not_crashes()
    {
        await using var server = await PkiHttpServer.StartAsync(fx.Pki, port: 0);
        using var http = new HttpClient();

        var tsa = await http.PostAsync(new Uri(server.BaseUrl, "tsa"), new ByteArrayContent([1, 2, 3]));
        Assert.True(tsa.IsSuccessStatusCode);
        var reply = new Org.BouncyCastle.Tsp.TimeStampResponse(await tsa.Content.ReadAsByteArrayAsync());
        Assert.Null(reply.TimeStampToken);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.PostAsync(new Uri(server.BaseUrl, "ocsp/nope"), new ByteArrayContent([1]))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(new Uri(server.BaseUrl, "crl/nope.crl"))).StatusCode);
        Assert.Throws<TimestampException>(() => new HttpTimestampClient(http, new Uri("http://127.0.0.1:1/tsa")).Exchange([1]));
    }
}

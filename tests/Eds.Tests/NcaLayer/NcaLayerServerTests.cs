using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Authentication;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.NcaLayer;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.NcaLayer;

/// <summary>Drives the NCALayer-compatible server with a real WebSocket client, as a web cabinet would.</summary>
[Collection(PkiCollection.Name)]
public sealed class NcaLayerServerTests(PkiFixture fx) : IAsyncLifetime
{
    private static readonly byte[] Document = Encoding.UTF8.GetBytes("A.19: application to the cadastre, signed by KTK's head");
    private readonly FakeTimeProvider _clock = new(PkiFixture.Start.AddDays(1));
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "rto-ncalayer-" + Guid.NewGuid().ToString("N"));
    private NcaLayerServer _server = null!;
    private ClientWebSocket _client = null!;
    private string _greeting = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_keys);
        foreach (var alg in new[] { KeyAlgorithm.Rsa, KeyAlgorithm.Gost })
        {
            foreach (var name in new[] { "tenant", "tenant-auth", "ktk-head" })
            {
                var key = fx.Keys[(alg, name)];
                await File.WriteAllBytesAsync(Path.Combine(_keys, $"{name}-{key.FileName}"), key.Key.Save("Qwerty12"));
            }
        }

        await File.WriteAllBytesAsync(Path.Combine(_keys, "broken.p12"), [1, 2, 3]);
        var skipped = new List<string>();
        var ring = KeyRing.Load(_keys, "Qwerty12", new KeyChoice(), skipped);
        Assert.Equal(6, ring.Keys.Count);
        Assert.Single(skipped);
        var protocol = new NcaLayerProtocol(ring, new CadesSigner(_clock), _clock, timestampAvailable: false);
        _server = await NcaLayerServer.StartAsync(protocol, port: 0);
        _client = new ClientWebSocket();
        await _client.ConnectAsync(_server.Url, CancellationToken.None);
        _greeting = await ReceiveAsync();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_keys, recursive: true);
    }

    private async Task<JsonObject> CallAsync(string json)
    {
        await _client.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        return (JsonObject)JsonNode.Parse(await ReceiveAsync())!;
    }

    private async Task<string> ReceiveAsync()
    {
        var buffer = new byte[1 << 20];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await _client.ReceiveAsync(buffer, CancellationToken.None);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private ValidationReport Verify(byte[]? document, string base64Cms, ExpectedSigner? expected = null, KeyPurpose purpose = KeyPurpose.Signing) =>
        new CadesVerifier().Verify(document, Convert.FromBase64String(base64Cms), fx.PolicyAt(_clock.GetUtcNow(), expected, purpose));

    [Fact]
    public void Greets_like_ncalayer() => Assert.Equal("1.4", (string?)JsonNode.Parse(_greeting)!["result"]!["version"]);

    [Fact]
    public async Task Legacy_createCAdESFromBase64_signs_with_a_signing_key()
    {
        var reply = await CallAsync($$"""
            {"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","SIGNATURE","{{Convert.ToBase64String(Document)}}",false]}
            """);

        Assert.Equal("200", (string?)reply["code"]);
        var report = Verify(Document, (string)reply["responseObject"]!);
        Assert.True(report.Passed, VerificationText.Of(report.Signatures[0]));
        Assert.Equal(KzOids.GostSignature, report.Signatures[0].SignatureAlgorithm); // GOST preferred
    }

    [Fact]
    public async Task Basics_sign_picks_the_key_by_role_oid_and_signs_every_item_attached()
    {
        var data = new[] { "first", "second" }.Select(s => Convert.ToBase64String(Encoding.UTF8.GetBytes(s))).ToArray();
        var reply = await CallAsync($$"""
            {"module":"kz.gov.pki.knca.basics","method":"sign","args":{"allowedStorages":["PKCS12"],"format":"cms",
             "data":["{{data[0]}}","{{data[1]}}"],
             "signingParams":{"decode":true,"encapsulate":true,"digested":false},
             "signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4","1.2.398.3.3.4.1.2.1"],"chain":[]},"locale":"ru"} }
            """);

        Assert.True((bool)reply["status"]!);
        var results = (JsonArray)reply["body"]!["result"]!;
        Assert.Equal(2, results.Count);
        var report = Verify(null, (string)results[1]!, new ExpectedSigner(Bin: DemoParties.KtkBin, RoleOid: KzOids.RoleHead));
        Assert.True(report.Passed, VerificationText.Of(report.Signatures[0]));
        Assert.Equal("second", Encoding.UTF8.GetString(report.SignedContent!));
    }

    [Fact]
    public async Task Basics_sign_of_a_digest_gives_a_detached_signature_over_the_document()
    {
        var digest = Digests.Compute(KzOids.Streebog512, Document);
        var reply = await CallAsync($$"""
            {"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"{{Convert.ToBase64String(digest)}}",
             "signingParams":{"decode":true,"encapsulate":false,"digested":true},
             "signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4","1.2.398.3.3.4.1.1"]} } }
            """);

        Assert.True((bool)reply["status"]!, reply.ToJsonString());
        var report = Verify(Document, (string)reply["body"]!["result"]![0]!, new ExpectedSigner(Iin: DemoParties.ByRole("tenant").Iin));
        Assert.True(report.Passed, VerificationText.Of(report.Signatures[0]));
    }

    [Fact]
    public async Task Login_through_the_signer_with_the_auth_key()
    {
        var store = new InMemoryChallengeStore();
        var service = new LoginChallengeService(store, new CadesVerifier(), fx.PolicyAt(_clock.GetUtcNow()), _clock);
        var challenge = service.Issue();

        var reply = await CallAsync($$"""
            {"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","AUTHENTICATION","{{challenge.Nonce}}",true]}
            """);
        var cms = Convert.FromBase64String((string)reply["responseObject"]!);

        var login = service.Complete(challenge.Nonce, cms);
        Assert.True(login.Succeeded, login.Error);
        Assert.Equal(DemoParties.ByRole("tenant").Iin, login.Principal!.Iin);
        Assert.False(service.Complete(challenge.Nonce, cms).Succeeded);
    }

    [Fact]
    public async Task Bad_requests_get_errors_and_the_connection_keeps_working()
    {
        Assert.Equal("500", (string?)(await CallAsync("{not json"))["code"]);
        Assert.Equal("500", (string?)(await CallAsync("""{"module":"x","method":"y"}"""))["code"]);
        Assert.Equal("500", (string?)(await CallAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","SIGNATURE","%%%",false]}"""))["code"]);
        Assert.Equal("500", (string?)(await CallAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"createCAdESFromBase64","args":["PKCS12","WHATEVER","AAAA",false]}"""))["code"]);
        var noKey = await CallAsync("""{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"AAAA","signingParams":{"decode":true},"signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4","1.2.398.3.3.4.1.2.5"]}}}""");
        Assert.False((bool)noKey["status"]!);
        Assert.Contains("no key", (string?)noKey["details"]);
        var xml = await CallAsync("""{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"xml","data":"<a/>"}}""");
        Assert.False((bool)xml["status"]!);
        var badDigest = await CallAsync("""{"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"AAAA","signingParams":{"digested":true}}}""");
        Assert.False((bool)badDigest["status"]!);

        var tokens = await CallAsync("""{"module":"kz.gov.pki.knca.commonUtils","method":"getActiveTokens"}""");
        Assert.Equal("200", (string?)tokens["code"]);
    }

    [Fact]
    public async Task Plain_http_is_refused()
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(new UriBuilder(_server.Url) { Scheme = "http" }.Uri);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Time.Testing;
using RentToOwn.Kadastr.Protocol.Client;
using RentToOwn.Kadastr.Protocol.Registry;
using RentToOwn.Kadastr.Protocol.Server;
using RentToOwn.Kadastr.Protocol.Tests.GrpcJs;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

/// <summary>Our client against our server: what the interop tests cannot reach.</summary>
public sealed class LoopbackTests
{
    [Fact]
    public async Task Tls_endpoint_serves_h2_with_a_configured_certificate_check()
    {
        using var cert = SelfSigned();
        await using var host = await GrpcServerHost.StartAsync([new InteropRegistry(TimeProvider.System).Bind()], certificate: cert);
        Assert.Equal("https", host.Address.Scheme);
        var options = new GrpcClientOptions
        {
            SslOptions = new System.Net.Security.SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, c, _, _) => c is not null && c.GetCertHashString() == cert.GetCertHashString(),
            },
        };
        using var client = new GrpcClient(new Uri($"https://localhost:{host.Port}"), options);

        var app = await new RealEstateRegistryClient(client).GetApplicationAsync(new GetApplicationRequest { Id = "tls" });
        Assert.Equal("tls", app.Id);

        using var untrusting = new GrpcClient(new Uri($"https://localhost:{host.Port}"));
        var ex = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(untrusting).GetApplicationAsync(new GetApplicationRequest { Id = "tls" }));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }

    [Fact]
    public async Task Client_deadline_follows_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-02T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await GrpcServerHost.StartAsync([new InteropRegistry(clock).Bind()], new GrpcServerOptions { TimeProvider = clock });
        using var client = new GrpcClient(host.Address, new GrpcClientOptions { TimeProvider = clock });

        var call = new RealEstateRegistryClient(client).GetApplicationAsync(new GetApplicationRequest { Id = "slow" }, new CallOptions(Timeout: TimeSpan.FromSeconds(1)));
        await Task.Delay(200);
        Assert.False(call.IsCompleted); // real time passes, the fake clock does not
        clock.Advance(TimeSpan.FromSeconds(1));
        var ex = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task Server_enforces_grpc_timeout_by_itself()
    {
        await using var host = await GrpcServerHost.StartAsync([new InteropRegistry(TimeProvider.System).Bind()]);
        using var http = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.Address, RealEstateRegistryMethods.GetApplication.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(GrpcFraming.Frame(new GetApplicationRequest { Id = "slow" }, int.MaxValue)),
        };
        request.Content.Headers.TryAddWithoutValidation("content-type", "application/grpc+proto");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-timeout", "200m");

        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var status = response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : response.TrailingHeaders.GetValues("grpc-status").First();
        Assert.Equal("4", status);
    }

    [Fact]
    public async Task Handler_failure_is_unknown_without_leaking_details_and_interceptor_can_deny()
    {
        var options = new GrpcServerOptions
        {
            Interceptor = c => ValueTask.FromResult<Status?>(c.BearerToken == "let-me-in" ? null : new Status(StatusCode.PermissionDenied, "no")),
        };
        await using var host = await GrpcServerHost.StartAsync([new ThrowingRegistry().Bind()], options);
        using var denied = new GrpcClient(host.Address);
        var d = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(denied).GetApplicationAsync(new GetApplicationRequest()));
        Assert.Equal(StatusCode.PermissionDenied, d.StatusCode);

        using var allowed = new GrpcClient(host.Address, new GrpcClientOptions { BearerToken = "let-me-in" });
        var ex = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(allowed).GetApplicationAsync(new GetApplicationRequest()));
        Assert.Equal(StatusCode.Unknown, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail);

        var un = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(allowed).ListNoticesAsync(new ListNoticesRequest()));
        Assert.Equal(StatusCode.Unimplemented, un.StatusCode);
    }

    [Fact]
    public async Task Http1_and_wrong_content_type_are_rejected_with_http_status()
    {
        await using var host = await GrpcServerHost.StartAsync([new InteropRegistry(TimeProvider.System).Bind()]);
        using var http = new HttpClient();
        using var h2 = new HttpRequestMessage(HttpMethod.Post, new Uri(host.Address, RealEstateRegistryMethods.GetApplication.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        using var r = await http.SendAsync(h2);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode);
    }

    [Fact]
    public async Task Many_concurrent_calls_share_a_connection()
    {
        await using var host = await GrpcServerHost.StartAsync([new InteropRegistry(TimeProvider.System).Bind()]);
        using var client = new GrpcClient(host.Address);
        var registry = new RealEstateRegistryClient(client);
        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => registry.GetApplicationAsync(new GetApplicationRequest { Id = "id-" + i })));
        Assert.Equal(Enumerable.Range(0, 200).Select(i => "id-" + i), replies.Select(r => r.Id));
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var req = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        req.CertificateExtensions.Add(san.Build());
        using var cert = req.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }

    private sealed class ThrowingRegistry : RealEstateRegistryBase
    {
        public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
            throw new InvalidOperationException("secret internal detail");
    }
}

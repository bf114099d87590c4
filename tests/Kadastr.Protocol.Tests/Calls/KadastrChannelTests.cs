using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.Tests.GrpcJs;
using RentToOwn.Kadastr.Protocol.Tests.Hosting;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.Calls;

/// <summary>Our channel against our Grpc.AspNetCore server: TLS, the bearer token's transport rule, failures, load.</summary>
public sealed class KadastrChannelTests
{
    [Fact]
    public void Bearer_token_over_plaintext_is_refused_unless_allowed()
    {
        var address = new Uri("http://127.0.0.1:5081");

        var ex = Assert.Throws<InvalidOperationException>(() => KadastrChannel.Create(address, new KadastrChannelOptions { BearerToken = "t" }));
        Assert.Contains("plaintext", ex.Message);

        using var allowed = KadastrChannel.Create(address, new KadastrChannelOptions { BearerToken = "t", AllowTokenOverPlaintext = true });
        using var anonymous = KadastrChannel.Create(address);
        using var tls = KadastrChannel.Create(new Uri("https://kadastr.example.kz"), new KadastrChannelOptions { BearerToken = "t" });
        Assert.Equal("127.0.0.1:5081", allowed.Target);
        Assert.Equal("kadastr.example.kz", tls.Target);
    }

    [Fact]
    public async Task Tls_with_a_pinned_certificate_carries_the_token_and_an_unpinned_check_fails()
    {
        using var cert = SelfSigned();
        var registry = new InteropRegistry(TimeProvider.System);
        await using var server = await TestGrpcServer.StartAsync(registry, certificate: cert);
        var pinned = new System.Net.Security.SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, c, _, _) => c is not null && c.GetCertHashString() == cert.GetCertHashString(),
        };
        using var channel = KadastrChannel.Create(server.Address, new KadastrChannelOptions { BearerToken = InteropRegistry.Token, SslOptions = pinned });
        var client = new RealEstateRegistry.RealEstateRegistryClient(channel);

        using var call = client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "auth" } });
        Assert.Equal("auth", (await call).Id); // the registry refuses "auth" without the token
        Assert.Equal("Bearer secret-token", (await call.ResponseHeadersAsync).GetValue("x-echo-token"));

        using var untrusting = KadastrChannel.Create(server.Address);
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new RealEstateRegistry.RealEstateRegistryClient(untrusting).GetApplicationAsync(new GetApplicationRequest { Id = "tls" }));
        // Grpc.Net.Client reports a failed TLS handshake as INTERNAL with the AuthenticationException as debug exception.
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.Contains(Causes(ex.Status.DebugException), e => e is System.Security.Authentication.AuthenticationException);
    }

    [Fact]
    public async Task Token_over_plaintext_is_sent_when_allowed()
    {
        await using var server = await TestGrpcServer.StartAsync(new InteropRegistry(TimeProvider.System));
        using var channel = KadastrChannel.Create(server.Address, new KadastrChannelOptions { BearerToken = InteropRegistry.Token, AllowTokenOverPlaintext = true });

        var reply = await new RealEstateRegistry.RealEstateRegistryClient(channel).SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "auth" } });

        Assert.Equal(ApplicationStatus.Received, reply.Status);
    }

    [Fact]
    public async Task Handler_failure_is_unknown_without_leaking_details()
    {
        await using var server = await TestGrpcServer.StartAsync(new ThrowingRegistry());
        using var channel = KadastrChannel.Create(server.Address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(channel);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.GetApplicationAsync(new GetApplicationRequest()));
        Assert.Equal(StatusCode.Unknown, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail);

        var un = await Assert.ThrowsAsync<RpcException>(async () => await client.ListNoticesAsync(new ListNoticesRequest()));
        Assert.Equal(StatusCode.Unimplemented, un.StatusCode);
    }

    [Fact]
    public async Task Many_concurrent_calls_on_one_channel()
    {
        await using var server = await TestGrpcServer.StartAsync(new InteropRegistry(TimeProvider.System));
        using var channel = KadastrChannel.Create(server.Address);
        var client = new RealEstateRegistry.RealEstateRegistryClient(channel);

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => client.GetApplicationAsync(new GetApplicationRequest { Id = "id-" + i }).ResponseAsync));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => "id-" + i), replies.Select(r => r.Id));
    }

    [Fact]
    public void Deadline_is_measured_on_the_system_clock()
    {
        var before = DateTime.UtcNow;
        var deadline = CallDeadline.After(TimeSpan.FromSeconds(5));

        Assert.Equal(DateTimeKind.Utc, deadline.Kind);
        Assert.InRange(deadline, before.AddSeconds(5), DateTime.UtcNow.AddSeconds(5));
    }

    private static IEnumerable<Exception> Causes(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
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

    private sealed class ThrowingRegistry : RealEstateRegistry.RealEstateRegistryBase
    {
        public override Task<Application> GetApplication(GetApplicationRequest request, ServerCallContext context) =>
            throw new InvalidOperationException("secret internal detail");
    }
}

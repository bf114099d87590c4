using System.Net;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.Security;

namespace RentToOwn.Platform.Tests.Identity;

public sealed class DemoUsersPageTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task Lists_the_demo_parties_and_serves_their_test_keys()
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/Dev/DemoUsers");
        foreach (var role in new[] { "tenant", "spouse", "guarantor", "ktk-head", "ktk-officer", "registrar" })
        {
            Assert.Contains($"data-role=\"{role}\"", html);
        }

        var r = await client.GetAsync("/Dev/DemoUsers?handler=Key&role=tenant&algorithm=rsa&purpose=auth");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var key = Pkcs12Key.Load(await r.Content.ReadAsByteArrayAsync(), PkiDirectory.KeyPassword);
        Assert.Contains(DemoKeys.Party(_factory.PkiDirectory, "tenant").Iin, key.Certificate.SubjectDN.ToString());
    }

    [Theory]
    [InlineData("/Dev/DemoUsers?handler=Key&role=tenant&algorithm=rsa&purpose=../../ca")]
    [InlineData("/Dev/DemoUsers?handler=Key&role=nobody&algorithm=rsa&purpose=auth")]
    public async Task Only_manifest_keys_can_be_downloaded(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(url)).StatusCode);

    [Fact]
    public async Task The_page_does_not_exist_outside_Development()
    {
        using var production = new ProductionReadyFactory();
        var client = production.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Dev/DemoUsers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Dev/DemoUsers?handler=Key&role=tenant&algorithm=rsa&purpose=auth")).StatusCode);
        Assert.DoesNotContain("/Dev/DemoUsers", await client.GetStringAsync("/Login"));
    }

    public void Dispose() => _factory.Dispose();
}

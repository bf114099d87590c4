using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Cadastre;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Tests.Registration;

/// <summary>The cadastre's bearer token never crosses plaintext outside Development (issue 13).</summary>
public sealed class CadastreTransportTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("rto-cadastre-transport-");

    public void Dispose() => root.Delete(recursive: true);

    [Fact]
    public async Task Token_over_http_is_refused_in_production()
    {
        await using var connection = Connection(Environments.Production, "http://127.0.0.1:5081");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => connection.StartAsync(CancellationToken.None));

        Assert.Contains("plaintext", ex.Message);
    }

    [Theory]
    [InlineData("Development", "http://127.0.0.1:5081")]
    [InlineData("Production", "https://kadastr.example.kz")]
    public async Task Token_is_accepted_over_tls_or_in_development(string environment, string endpoint)
    {
        await using var connection = Connection(environment, endpoint);

        await connection.StartAsync(CancellationToken.None);

        Assert.Equal(new Uri(endpoint), connection.Address);
        Assert.NotNull(connection.Client);
    }

    private CadastreConnection Connection(string environment, string endpoint)
    {
        var env = new HostingEnvironment { EnvironmentName = environment, ContentRootPath = root.FullName };
        var data = new DataDirectory(Options.Create(new PlatformDataOptions { DataDirectory = root.FullName }), env);
        var kadastr = new KadastrOptions { Endpoint = endpoint, AuthToken = "t0ken" };
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var trust = new EdsTrust(Options.Create(new EdsOptions()), data, TimeProvider.System);
        return new CadastreConnection(Options.Create(kadastr), Options.Create(new ContractOffer()), data, trust,
            new SignatureVerifier(new CadesVerifier(), trust), TimeProvider.System, env, scopes, NullLogger<CadastreConnection>.Instance);
    }
}

using RentToOwn.Platform.Security;
using RentToOwn.Platform.Tests.Security;

namespace RentToOwn.Platform.Tests.Ledger;

/// <summary>Issue 17 §2: outside Development the log service is reached only over TLS with its token.</summary>
public sealed class ServedLogProductionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-served-prod-").FullName;

    [Fact]
    public void A_plaintext_log_service_endpoint_or_a_missing_token_is_refused_in_Production()
    {
        var pki = Path.Combine(_dir, "pki");
        ProductionReadyFactory.WriteRoot(Path.Combine(pki, "trust"), "CN=Fixture National Root, C=KZ");
        var settings = ProductionReadyFactory.Configuration(pki, "");
        settings["Ledger:Endpoint"] = "http://ledger.example.kz:7000/";

        var e = Assert.Throws<ProductionReadinessException>(() => PlatformApp.Build(
            ["--environment=Production", "--Jobs:Enabled=false", $"--RentToOwn:DataDirectory={_dir}", .. settings.Select(s => $"--{s.Key}={s.Value}")]));

        Assert.Contains("Ledger:Endpoint: 'http://ledger.example.kz:7000/' is not an https:// address (the token would travel in plaintext)", e.Problems);
        Assert.Contains("Ledger:Token: the log service's bearer token is required with Ledger:Endpoint", e.Problems);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Applications.Checks.Sources;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>
/// The platform in Production, configured as issue 15 asks: every stand-in off, a trust folder with a (non-test) root,
/// the acquirer's key, the cadastre's https endpoint and token, and the deployment's adapters registered.
/// Clients talk https (HTTPS redirection is on outside Development).
/// </summary>
public sealed class ProductionReadyFactory : PlatformFactory
{
    /// <summary>Host name the clients use.</summary>
    public static readonly Uri BaseAddress = new("https://rto.example.kz/");

    private readonly string _pki = Directory.CreateTempSubdirectory("rto-prod-pki-").FullName;

    /// <summary>The settings of a correct production configuration.</summary>
    public ProductionReadyFactory()
    {
        EnvironmentName = "Production";
        WriteRoot(Path.Combine(_pki, "trust"), "CN=Fixture National Root, C=KZ");
        using var acquirer = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        foreach (var (k, v) in Configuration(_pki, acquirer.ExportSubjectPublicKeyInfoPem())) Settings[k] = v;
        ClientOptions.BaseAddress = BaseAddress;
    }

    /// <summary>Every key a production start needs (<paramref name="pki"/> holds trust/).</summary>
    public static Dictionary<string, string?> Configuration(string pki, string acquirerPublicKeyPem) => new()
    {
        ["Eds:PkiDirectory"] = pki,
        ["Eds:CreateTestPki"] = "false",
        ["Eds:SeedDemoUsers"] = "false",
        ["Payments:Sandbox:Enabled"] = "false",
        ["Payments:ProviderPublicKeyPem"] = acquirerPublicKeyPem,
        ["Payments:CallbackBaseUrl"] = "https://rto.example.kz/",
        ["Kadastr:Endpoint"] = "https://127.0.0.1:9/",
        ["Kadastr:AuthToken"] = "cadastre-token",
        ["Sms:Sandbox:Enabled"] = "false",
        ["Sms:PortalUrl"] = "https://rto.example.kz/",
        ["Consents:LocalService:Enabled"] = "false",
        ["ReviewChecks:LocalSources:Enabled"] = "false",
        ["Courts:LocalRegistry:Enabled"] = "false",
        ["Ledger:AcceptInProcessWitness"] = "true",
    };

    /// <summary>Registers the deployment's adapters.</summary>
    public static void AddAdapters(IServiceCollection services)
    {
        var adapters = new ProductionAdapters();
        services.AddSingleton<IPaymentProvider>(adapters);
        services.AddSingleton<ISmsSender>(adapters);
        services.AddSingleton<IConsentService>(adapters);
        services.AddSingleton<ICreditBureau>(adapters);
        services.AddSingleton<ICourtRecords>(adapters);
        services.AddSingleton<IAffiliateRegistry>(adapters);
        services.AddSingleton<IFinancingList>(adapters);
        services.AddSingleton<IPersonRegistry>(adapters);
        services.AddSingleton<ICivilRegistry>(adapters);
        services.AddSingleton<IEmploymentRegistry>(adapters);
        services.AddSingleton<RentToOwn.Platform.Courts.ICourtDecisionRegistry>(adapters);
    }

    /// <summary>A self-signed root certificate (DER) in <paramref name="trustDir"/>.</summary>
    public static void WriteRoot(string trustDir, string subject)
    {
        Directory.CreateDirectory(trustDir);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(10));
        File.WriteAllBytes(Path.Combine(trustDir, $"root-{Guid.NewGuid():N}.cer"), cert.Export(X509ContentType.Cert));
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(AddAdapters);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try { Directory.Delete(_pki, recursive: true); } catch (IOException) { }
        }
    }
}

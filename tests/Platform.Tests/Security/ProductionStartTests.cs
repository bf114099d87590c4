using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Payments.Sandbox;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Security;

/// <summary>Issue 15 §1: outside Development the platform starts only without stand-ins and on real trust.</summary>
public sealed class ProductionStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-prodstart-").FullName;

    private sealed record Health(string Status, string[] Warnings, string[] StandIns);

    private static string KeyOf(string problem) => problem[..problem.IndexOf(": ", StringComparison.Ordinal)];

    private static ProductionReadinessException Refusal(params string[] args) =>
        Assert.Throws<ProductionReadinessException>(() => PlatformApp.Build(["--environment=Production", "--Jobs:Enabled=false", .. args]));

    [Fact]
    public void With_no_configuration_the_refusal_names_each_missing_setting()
    {
        var e = Refusal($"--RentToOwn:DataDirectory={_dir}");

        Assert.Equal(
        [
            "Eds:CreateTestPki", "Eds:SeedDemoUsers", "Payments:Sandbox:Enabled", "Kadastr:Endpoint", "Sms:Sandbox:Enabled",
            "Consents:LocalService:Enabled", "ReviewChecks:LocalSources:Enabled", "Courts:LocalRegistry:Enabled", "Ledger:AcceptInProcessWitness", "Kadastr:AuthToken",
            "Payments:CallbackBaseUrl", "Sms:PortalUrl", "Eds:PkiDirectory",
        ], e.Problems.Select(KeyOf));
        Assert.Contains("Payments:Sandbox:Enabled: the sandbox-payments stand-in is on; set it to false, register the bank's IPaymentProvider "
            + "and give Payments:ProviderPublicKeyPem (or ProviderPublicKeyPath)", e.Problems);
        Assert.Contains("Kadastr:Endpoint: empty, so the cadastre simulator runs in-process; give the cadastre's https:// gRPC endpoint and Kadastr:AuthToken", e.Problems);
        Assert.Contains($"Eds:PkiDirectory: no trust/ folder in {Path.Combine(_dir, "pki")}: put NCA's root and intermediate certificates and CRLs there", e.Problems);
        Assert.StartsWith("RentToOwn refuses to start in Production: stand-ins and test trust run only in Development (ASPNETCORE_ENVIRONMENT=Development). "
            + "Missing or unsafe settings (13):\n  - Eds:CreateTestPki: the test-pki stand-in is on;", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_dir, "pki")), "nothing of the test PKI is created on the way to the refusal");
    }

    [Fact]
    public void Stand_ins_switched_off_without_their_adapters_are_refused_by_interface()
    {
        var pki = Path.Combine(_dir, "pki");
        ProductionReadyFactory.WriteRoot(Path.Combine(pki, "trust"), "CN=Fixture National Root, C=KZ");
        var settings = ProductionReadyFactory.Configuration(pki, "-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----");
        var e = Refusal([$"--RentToOwn:DataDirectory={_dir}", .. settings.Select(s => $"--{s.Key}={s.Value}")]);

        Assert.Equal(
        [
            "IPaymentProvider: Payments:Sandbox:Enabled is false but no bank acquirer adapter is registered",
            "ISmsSender: Sms:Sandbox:Enabled is false but no SMS gateway adapter is registered",
            "IConsentService: Consents:LocalService:Enabled is false but no ДҚБ consent service adapter is registered",
            "ICreditBureau: ReviewChecks:LocalSources:Enabled is false but no credit bureau adapter is registered",
            "ICourtRecords: ReviewChecks:LocalSources:Enabled is false but no court records adapter is registered",
            "IAffiliateRegistry: ReviewChecks:LocalSources:Enabled is false but no KTK affiliate list adapter is registered",
            "IFinancingList: ReviewChecks:LocalSources:Enabled is false but no financing list adapter is registered",
            "IPersonRegistry: ReviewChecks:LocalSources:Enabled is false but no ЖТ МДБ person registry adapter is registered",
            "ICivilRegistry: ReviewChecks:LocalSources:Enabled is false but no АХАЖ civil registry adapter is registered",
            "IEmploymentRegistry: ReviewChecks:LocalSources:Enabled is false but no pension-contribution (employer) adapter is registered",
            "ICourtDecisionRegistry: Courts:LocalRegistry:Enabled is false but no court-records adapter is registered",
        ], e.Problems);
    }

    [Fact]
    public async Task A_deployment_registers_its_adapters_through_the_build_hook()
    {
        var pki = Path.Combine(_dir, "pki");
        ProductionReadyFactory.WriteRoot(Path.Combine(pki, "trust"), "CN=Fixture National Root, C=KZ");
        using var acquirer = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var settings = ProductionReadyFactory.Configuration(pki, acquirer.ExportSubjectPublicKeyInfoPem());

        await using var app = PlatformApp.Build(
            ["--environment=Production", "--Jobs:Enabled=false", $"--RentToOwn:DataDirectory={_dir}", .. settings.Select(s => $"--{s.Key}={s.Value}")],
            builder => ProductionReadyFactory.AddAdapters(builder.Services));

        Assert.Equal("Production", app.Environment.EnvironmentName);
    }

    [Fact]
    public void Plaintext_endpoints_and_a_missing_acquirer_key_are_refused()
    {
        var pki = Path.Combine(_dir, "pki");
        ProductionReadyFactory.WriteRoot(Path.Combine(pki, "trust"), "CN=Fixture National Root, C=KZ");
        var settings = ProductionReadyFactory.Configuration(pki, "");
        settings["Kadastr:Endpoint"] = "http://kadastr.example.kz:5001/";
        settings["Payments:CallbackBaseUrl"] = "http://rto.example.kz/";
        var e = Refusal([$"--RentToOwn:DataDirectory={_dir}", .. settings.Select(s => $"--{s.Key}={s.Value}")]);

        Assert.Contains("Kadastr:Endpoint: 'http://kadastr.example.kz:5001/' is not an https:// address (the token would travel in plaintext)", e.Problems);
        Assert.Contains("Payments:ProviderPublicKeyPem (or Payments:ProviderPublicKeyPath): the acquirer's callback-signing public key is required", e.Problems);
        Assert.Contains("Payments:CallbackBaseUrl: the platform's public https:// address the acquirer posts callbacks to is required", e.Problems);
    }

    [Fact]
    public void A_test_PKI_folder_or_a_test_root_is_refused_in_Production()
    {
        Assert.Equal([$"Eds:PkiDirectory: {SharedPki.FakeClockDirectory} holds a test PKI (manifest.json, CA keys): use a folder with NCA's trust/ only"],
            ProductionReadiness.TrustProblems(SharedPki.FakeClockDirectory));

        var trust = Path.Combine(_dir, "trust");
        Directory.CreateDirectory(trust);
        File.Copy(Path.Combine(SharedPki.FakeClockDirectory, "trust", "root.cer"), Path.Combine(trust, "root.cer"));
        var problem = Assert.Single(ProductionReadiness.TrustProblems(_dir));
        Assert.Equal($"Eds:PkiDirectory: {trust} trusts the test root 'CN=NCA RK TEST ROOT (RSA),C=KZ': remove it", problem);
    }

    [Fact]
    public async Task A_trust_folder_mixing_the_test_root_with_another_root_is_refused_even_in_Development()
    {
        var pki = Path.Combine(_dir, "pki");
        Directory.CreateDirectory(Path.Combine(pki, "trust"));
        File.Copy(Path.Combine(SharedPki.FakeClockDirectory, "trust", "root.cer"), Path.Combine(pki, "trust", "root.cer"));
        ProductionReadyFactory.WriteRoot(Path.Combine(pki, "trust"), "CN=Fixture National Root, C=KZ");
        using var factory = new PlatformFactory();
        factory.Settings["Eds:PkiDirectory"] = pki;

        var e = Assert.IsType<InvalidOperationException>(Record.Exception(() => factory.CreateClient()));
        Assert.StartsWith($"Eds: the trust folder {Path.Combine(pki, "trust")} mixes the test root 'CN=NCA RK TEST ROOT (RSA),C=KZ' with other roots "
            + "('C=KZ,CN=Fixture National Root'): keep the test PKI and real trust in separate folders", e.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_correctly_configured_Production_starts_and_reports_only_the_witness_stand_in()
    {
        using var factory = new ProductionReadyFactory();
        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<Health>();
        Assert.Equal("ok", health!.Status);
        Assert.Equal(["in-process-witness"], health.StandIns);
    }

    [Fact]
    public async Task Healthz_in_Development_lists_the_active_stand_ins()
    {
        using var factory = new PlatformFactory(); // the factory brings its own (test) PKI folder: no test-PKI creation
        var health = await factory.CreateClient().GetFromJsonAsync<Health>("/healthz");

        Assert.Equal(["demo-users", "sandbox-payments", "in-process-cadastre", "sandbox-sms", "local-consent", "local-review-sources", "local-court-decisions", "in-process-witness"],
            health!.StandIns);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Key_files_are_written_owner_only()
    {
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        var pki = SharedPki.FakeClockDirectory;
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(pki, "ca", "root.p12")));
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(pki, "ca", "tsa.p12")));
        Assert.All(Directory.EnumerateFiles(Path.Combine(pki, "keys"), "*.p12", SearchOption.AllDirectories),
            f => Assert.Equal(ownerOnly, File.GetUnixFileMode(f)));

        using var factory = new PlatformFactory();
        _ = factory.Services.GetRequiredService<SandboxAcquirerKey>();
        Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(factory.DataDirectory, "payments", "sandbox-acquirer.TEST-KEY.pem")));
    }

    [Fact]
    public async Task The_program_in_Production_with_no_configuration_exits_non_zero_within_a_minute_saying_what_is_missing()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "RentToOwn.Platform.dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = _dir, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        var text = await stderr;
        Assert.StartsWith("RentToOwn refuses to start in Production", text);
        Assert.Contains("\n  - Eds:CreateTestPki: the test-pki stand-in is on;", text);
        Assert.Contains("\n  - Kadastr:AuthToken: the cadastre's bearer token is required", text);
        _ = await stdout;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

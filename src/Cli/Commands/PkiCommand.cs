using System.CommandLine;
using System.Text.Json;
using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Hosting;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto pki</c>: Test PKI modelled on NCA RK (init, issue, revoke, serve).</summary>
public static class PkiCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("pki", "Test PKI modelled on NCA RK (TEST KEYS ONLY)");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Issue());
        command.Subcommands.Add(Revoke());
        command.Subcommands.Add(Serve());
        return command;
    }

    private static Option<DirectoryInfo> DirOption() =>
        new("--dir") { Description = "PKI folder made by `rto pki init`", DefaultValueFactory = _ => new DirectoryInfo("pki") };

    private static Command Init()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to create", Required = true };
        var command = new Command("init", "Create root, RSA and GOST issuing CAs, TSA, CRLs and the demo parties; writes DIR/manifest.json") { output };
        command.SetAction(parse => Run(() =>
        {
            var dir = parse.GetValue(output)!.FullName;
            var manifest = PkiDirectory.Init(dir, TimeProvider.System);
            Console.WriteLine($"PKI written to {dir}: {manifest.Parties.Count} parties, {manifest.Parties.Sum(p => p.Keys.Count)} keys; trust folder {Path.Combine(dir, manifest.TrustDirectory)}");
        }));
        return command;
    }

    private static Command Issue()
    {
        var dir = DirOption();
        var party = new Option<string>("--party") { Description = "Demo profile to start from: tenant, spouse, guarantor, ktk-head, ktk-officer, registrar", Required = true };
        var iin = new Option<string?>("--iin") { Description = "Override the IIN" };
        var surname = new Option<string?>("--surname") { Description = "Override the surname" };
        var givenName = new Option<string?>("--given-name") { Description = "Override the given name" };
        var alg = new Option<string>("--alg") { Description = "rsa or gost", DefaultValueFactory = _ => "rsa" };
        var purpose = new Option<string>("--purpose") { Description = "sign or auth", DefaultValueFactory = _ => "sign" };
        var days = new Option<int>("--days") { Description = "Validity in days from now", DefaultValueFactory = _ => 365 };
        var command = new Command("issue", "Issue a key (.p12 under DIR/keys/<party>/) and print its manifest entry") { dir, party, iin, surname, givenName, alg, purpose, days };
        command.SetAction(parse => Run(() =>
        {
            var root = parse.GetValue(dir)!.FullName;
            var pki = PkiDirectory.Load(root, TimeProvider.System);
            var profile = DemoParties.ByRole(parse.GetValue(party)!);
            if (parse.GetValue(iin) is { } i)
            {
                profile = profile with { Iin = Iin.Parse(i) };
            }

            profile = profile with { Surname = parse.GetValue(surname) ?? profile.Surname, GivenName = parse.GetValue(givenName) ?? profile.GivenName };
            var algorithm = parse.GetValue(alg) switch { "rsa" => KeyAlgorithm.Rsa, "gost" => KeyAlgorithm.Gost, var a => throw new ArgumentException($"--alg {a}: use rsa or gost") };
            var keyPurpose = parse.GetValue(purpose) switch { "sign" => KeyPurpose.Signing, "auth" => KeyPurpose.Authentication, var p => throw new ArgumentException($"--purpose {p}: use sign or auth") };
            var now = DateTimeOffset.UtcNow;
            var issued = pki.Issue(profile, algorithm, keyPurpose, now.AddMinutes(-5), now.AddDays(parse.GetValue(days)));
            var entry = PkiDirectory.WriteKey(root, issued);
            PkiDirectory.SaveAuthorities(root, pki);
            Console.WriteLine(JsonSerializer.Serialize(entry, Json));
        }));
        return command;
    }

    private static Command Revoke()
    {
        var dir = DirOption();
        var serial = new Option<string>("--serial") { Description = "Certificate serial number (hex, as in manifest.json)", Required = true };
        var at = new Option<DateTimeOffset?>("--at") { Description = "Revocation time (ISO 8601); default now" };
        var command = new Command("revoke", "Revoke a certificate and republish its CA's CRL") { dir, serial, at };
        command.SetAction(parse => Run(() =>
        {
            var root = parse.GetValue(dir)!.FullName;
            var pki = PkiDirectory.Load(root, TimeProvider.System);
            var revocation = pki.Revoke(parse.GetValue(serial)!, parse.GetValue(at));
            PkiDirectory.SaveAuthorities(root, pki);
            Console.WriteLine($"revoked {revocation.SerialHex} at {revocation.RevokedAt:O}; CRLs republished in {Path.Combine(root, "trust")}");
        }));
        return command;
    }

    private static Command Serve()
    {
        var dir = DirOption();
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 18080 };
        var command = new Command("serve", "Serve the TSA (/tsa), OCSP (/ocsp/<ca>) and CRLs (/crl/<ca>.crl) over HTTP") { dir, port };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var pki = PkiDirectory.Load(parse.GetValue(dir)!.FullName, TimeProvider.System);
                await using var server = await PkiHttpServer.StartAsync(pki, parse.GetValue(port), ct);
                Console.WriteLine($"TSA {server.BaseUrl}tsa, OCSP {server.BaseUrl}ocsp/rsa-ca|gost-ca, CRL {server.BaseUrl}crl/rsa-ca.crl — Ctrl+C to stop");
                await server.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or OperationCanceledException)
            {
                Console.Error.WriteLine("rto pki serve: " + e.Message);
                return e is OperationCanceledException ? 0 : 1;
            }
        });
        return command;
    }

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException or IdentityNumberException)
        {
            Console.Error.WriteLine("rto pki: " + e.Message);
            return 1;
        }
    }
}

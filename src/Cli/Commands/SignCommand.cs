using System.CommandLine;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto sign</c>: Create a CAdES signature (CAdES-BES, or CAdES-T with --tsa).</summary>
public static class SignCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var p12 = new Option<FileInfo>("--p12") { Description = "PKCS#12 key file (RSA256_…/GOST512_….p12)", Required = true };
        var password = new Option<string>("--password") { Description = "Password of the .p12", Required = true };
        var input = new Option<FileInfo>("--in") { Description = "Document to sign", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the CMS (DER)", Required = true };
        var attach = new Option<bool>("--attach") { Description = "Encapsulate the document (attached signature)" };
        var tsa = new Option<string?>("--tsa") { Description = "RFC 3161 TSA URL: adds a signature timestamp (CAdES-T)" };
        var addTo = new Option<FileInfo?>("--add-to") { Description = "Existing CMS to add this signature to (parallel signature, A.17–A.18)" };
        var command = new Command("sign", "Create a CAdES signature") { p12, password, input, output, attach, tsa, addTo };
        command.SetAction(parse =>
        {
            try
            {
                var key = Pkcs12Key.Load(File.ReadAllBytes(parse.GetValue(p12)!.FullName), parse.GetValue(password)!);
                var url = parse.GetValue(tsa) is { } t
                    ? Uri.TryCreate(t, UriKind.Absolute, out var u) ? u : throw new ArgumentException($"--tsa {t} is not an absolute URL")
                    : null;
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                var signer = new CadesSigner(TimeProvider.System, url is null ? null : new HttpTimestampClient(http, url));
                var document = File.ReadAllBytes(parse.GetValue(input)!.FullName);
                var cms = parse.GetValue(addTo) is { } existing
                    ? signer.AddSignature(File.ReadAllBytes(existing.FullName), document, key, url is not null)
                    : signer.Sign(document, key, new CadesSignOptions(parse.GetValue(attach), url is not null));
                File.WriteAllBytes(parse.GetValue(output)!.FullName, cms);
                Console.WriteLine($"signed by {NcaCertificates.Subject(key.Certificate).CommonName} → {parse.GetValue(output)!.FullName}");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or TimestampException or NotSupportedException or ArgumentException or FormatException)
            {
                Console.Error.WriteLine("rto sign: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}

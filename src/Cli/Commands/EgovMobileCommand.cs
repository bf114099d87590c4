using System.CommandLine;
using System.Text.Json;
using RentToOwn.Eds.Certificates;
using RentToOwn.Platform.Signing.EgovMobile.StandIn;

namespace RentToOwn.Cli.Commands;

/// <summary>
/// <c>rto egov-mobile sign</c>: the eGov mobile STAND-IN phone. Follows the QR a signing page shows (the <c>mobileSign:</c>
/// text, the deep link or the URL), signs the document with a test .p12 and puts the CMS back, as eGov mobile would.
/// It prints the QR's site and the procedure's description (stderr) before the result (stdout, JSON); a refusal — by the
/// platform (wrong signer, expired, used twice) or by the phone (links to another site, oversized answers) — is printed
/// as "refused: …" and the exit code is 1.
/// </summary>
public static class EgovMobileCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var qr = new Option<string>("--qr") { Description = "The QR's text (mobileSign:URL), the deep link or the URL", Required = true };
        var p12 = new Option<FileInfo>("--p12") { Description = "PKCS#12 key file (AUTH_… for a login, RSA256_…/GOST512_… for a document)", Required = true };
        var password = new Option<string>("--password") { Description = "Password of the .p12", Required = true };
        var sign = new Command("sign", "Sign the procedure behind an eGov mobile QR (stand-in phone)") { qr, p12, password };
        sign.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            Pkcs12Key key;
            try
            {
                key = Pkcs12Key.Load(File.ReadAllBytes(parse.GetValue(p12)!.FullName), parse.GetValue(password)!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
            {
                error.WriteLine("rto egov-mobile sign: " + e.Message);
                return 2;
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            try
            {
                var text = parse.GetValue(qr)!;
                // Like the app, the site comes first: the person checks where the QR leads before anything is signed.
                if (RentToOwn.Platform.Signing.EgovMobile.EgovMobileLinks.DescriptionUrl(text) is { } url)
                {
                    error.WriteLine("rto egov-mobile sign: site " + EgovMobilePhone.OriginOf(url));
                }

                var result = await new EgovMobilePhone(http, key, TimeProvider.System).SignAsync(text, ct);
                if (result.Description is { } shown) error.WriteLine("rto egov-mobile sign: " + shown);
                if (!result.Succeeded) error.WriteLine($"rto egov-mobile sign: refused{(result.Status > 0 ? $" (HTTP {result.Status}{(result.Code is { } c ? ", " + c : "")})" : "")}: {result.Error}");
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    signed = result.Succeeded, status = result.Status, code = result.Code, error = result.Error, origin = result.Origin, description = result.Description,
                    organisation = result.Organisation,
                }));
                return result.Succeeded ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                error.WriteLine("rto egov-mobile sign: " + e.Message);
                return 1;
            }
        });
        return new Command("egov-mobile", "eGov mobile stand-in phone (QR signing)") { sign };
    }
}

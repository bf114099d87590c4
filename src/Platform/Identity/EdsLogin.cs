using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Authentication;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// EDS challenge–response login, as Kazakh e-gov sites do: RentToOwn.Eds's <see cref="LoginChallengeService"/>
/// issues a single-use nonce (bound to the browser, signed as <see cref="LoginChallengeText"/>), checks the AUTH-key CAdES against the NCA trust (chain, revocation, key usage,
/// freshness); this class then matches the certificate's IIN to the platform directory and opens the
/// cabinets that both the directory and the certificate allow (<see cref="CertificateRoles"/>).
/// </summary>
public sealed class EdsLogin(PlatformDbContext db, DbChallengeStore store, SignatureVerifier signatures, EdsTrust trust, TimeProvider time,
    PreLoginCookie cookie, IHttpContextAccessor http)
{
    private LoginChallengeService Service => signatures.LoginChallenges(store, time, c => LoginChallengeText.Bytes(Origin, c));

    // The site's origin as the browser sees it (Eds:LoginOrigin, else the request's scheme and host behind the known proxy).
    private string Origin => trust.Options.LoginOrigin is { Length: > 0 } o ? o.TrimEnd('/')
        : $"{http.HttpContext!.Request.Scheme}://{http.HttpContext.Request.Host}";

    /// <summary>Issues a challenge bound to this browser (pre-login cookie) and the text its AUTH key signs.</summary>
    public (Eds.Authentication.LoginChallenge Challenge, string Text) Issue()
    {
        var challenge = Service.Issue();
        cookie.Add(http.HttpContext!, challenge.Nonce, LoginChallengeService.Lifetime);
        return (challenge, LoginChallengeText.For(Origin, challenge));
    }

    /// <summary>The text an outstanding, unexpired <paramref name="nonce"/> asks the AUTH key to sign (eGov mobile QR login); null when none.</summary>
    public string? PendingText(string nonce)
    {
        var row = db.LoginChallenges.AsNoTracking().SingleOrDefault(c => c.Nonce == nonce);
        return row is null || row.ExpiresAt <= time.GetUtcNow() ? null
            : LoginChallengeText.For(Origin, new Eds.Authentication.LoginChallenge(row.Nonce, row.IssuedAt, row.ExpiresAt));
    }

    /// <summary>Checks the signed answer; on success returns the session principal.</summary>
    public async Task<LoginOutcome> CompleteAsync(string nonce, string cmsBase64, CancellationToken ct)
    {
        if (!cookie.Holds(http.HttpContext!, nonce ?? ""))
        {
            // Checked before the nonce is used: a relayed answer cannot burn the person's own login.
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized,
                "Login refused: this challenge was not issued to this browser (ask for a new one on the login page).");
        }

        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(cmsBase64 ?? "");
        }
        catch (FormatException)
        {
            return LoginOutcome.Refused(StatusCodes.Status400BadRequest, "The signature is not base64.");
        }

        var result = Service.Complete(nonce ?? "", cms);
        if (!result.Succeeded)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, $"Login refused: {result.Error}.");
        }

        var signer = result.Principal!;
        if (signer.Iin is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "The certificate carries no IIN.");
        }

        var head = signer.RoleOids.Contains(Eds.Algorithms.KzOids.RoleHead);
        if (head && signer.Bin is { } orgBin) await OrganisationGuarantorLogin.GrantAsync(db, signer.Iin.Value, orgBin.Value, signer.CommonName, time, ct);
        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Iin == signer.Iin.Value, ct);
        if (account is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden,
                "This IIN has no account on the platform. Recipients are added from the akimat's list (A.6–A.7).");
        }

        var granted = account.Roles & CertificateRoles.Allowed(signer, trust.Options);
        if (granted == PlatformRoles.None)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden,
                "This certificate does not carry the organisation or role that your platform account needs.");
        }

        account.Roles = granted;
        if (string.IsNullOrWhiteSpace(account.FullName) || account.FullName == account.Iin)
        {
            // Accounts made from an IIN alone (guarantor, spouse) are named from the certificate, never by their IIN.
            account.FullName = signer.CommonName;
            await db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, signer.CommonName), ct);
        }

        if (result.Report?.Signatures[0].SignerCertificate is { } der)
        {
            var c = new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(der);
            Sessions.LoginCertificate.Set(http.HttpContext!, new Sessions.LoginCertificate(signer.CertificateSerial, c.IssuerDN.ToString(), der));
        }

        return LoginOutcome.Success(PlatformClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme, signer.Bin?.Value, head));
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Identity;

/// <summary>
/// EDS challenge–response login, as Kazakh e-gov sites do: the server issues a random challenge, the
/// user's AUTH key signs it (NCALayer or the in-browser .p12 signer), the server verifies the CAdES
/// against the NCA trust, reads the IIN from the certificate and opens the cabinets that both the
/// platform directory and the certificate allow. Each challenge is answered once, within its lifetime.
/// </summary>
public sealed class EdsLogin(PlatformDbContext db, EdsTrust trust, CadesVerifier verifier, TimeProvider time)
{
    /// <summary>Issues a challenge for a browser at <paramref name="origin"/>.</summary>
    public async Task<LoginChallenge> IssueAsync(string origin, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var challenge = new LoginChallenge
        {
            Id = Guid.NewGuid(),
            Data = Encoding.UTF8.GetBytes($"RentToOwn login\nnonce: {nonce}\norigin: {origin}\nissued: {now:O}\n"),
            IssuedAt = now,
            ExpiresAt = now.AddSeconds(trust.Options.ChallengeLifetimeSeconds),
        };
        db.LoginChallenges.Add(challenge);
        // Old challenges are of no use to anyone.
        var stale = now.AddHours(-1);
        await db.LoginChallenges.Where(c => c.ExpiresAt < stale).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        return challenge;
    }

    /// <summary>Checks the signed answer; on success returns the session principal.</summary>
    public async Task<LoginOutcome> CompleteAsync(Guid challengeId, string cmsBase64, CancellationToken ct)
    {
        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(cmsBase64 ?? "");
        }
        catch (FormatException)
        {
            return LoginOutcome.Refused(StatusCodes.Status400BadRequest, "The signature is not base64.");
        }

        var now = time.GetUtcNow();
        var challenge = await db.LoginChallenges.SingleOrDefaultAsync(c => c.Id == challengeId, ct);
        if (challenge is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "Unknown login challenge; ask for a new one.");
        }

        if (challenge.UsedAt is not null)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "This login challenge was already used; ask for a new one.");
        }

        if (now >= challenge.ExpiresAt)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "The login challenge expired; ask for a new one.");
        }

        // Spend the challenge first, whatever the outcome: no second try with the same bytes.
        challenge.UsedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "This login challenge was already used; ask for a new one.");
        }

        var report = verifier.Verify(challenge.Data, cms, trust.Policy(KeyPurpose.Authentication));
        var signature = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (signature is null || !report.Passed)
        {
            var why = signature is null ? "expected exactly one signature" : string.Join("; ", signature.Errors.DefaultIfEmpty(signature.SubIndication?.ToString() ?? "not valid"));
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, $"The signature was not accepted: {why}.");
        }

        var iin = signature.Signer?.Iin?.Value;
        if (iin is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status401Unauthorized, "The certificate carries no IIN.");
        }

        var account = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Iin == iin, ct);
        if (account is null)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden,
                "This IIN has no account on the platform. Recipients are added from the akimat's list (A.6–A.7).");
        }

        var granted = account.Roles & CertificateRoles.Allowed(signature.Signer!, trust.Options);
        if (granted == PlatformRoles.None)
        {
            return LoginOutcome.Refused(StatusCodes.Status403Forbidden,
                "This certificate does not carry the organisation or role that your platform account needs.");
        }

        account.Roles = granted;
        return LoginOutcome.Success(PlatformClaims.For(account, CookieAuthenticationDefaults.AuthenticationScheme, signature.Signer!.Bin?.Value));
    }
}

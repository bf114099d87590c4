using System.Security.Cryptography;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Authentication;

/// <summary>
/// EDS login by challenge–response, as Kazakhstan's e-gov sites do it: issue a single-use nonce that lives five
/// minutes; the browser signs it with the AUTH key; <see cref="Complete"/> checks AUTH key usage, chain,
/// revocation, freshness and single use, and yields the principal. The caller (Platform) sets the cookie.
/// The signed content is the nonce's bytes, or what <paramref name="signedContent"/> makes of the challenge (e.g. a text
/// naming the site, the nonce and the time, which the person sees in NCALayer).
/// </summary>
public sealed class LoginChallengeService(IChallengeStore store, CadesVerifier verifier, VerificationPolicy policy, TimeProvider time,
    Func<LoginChallenge, byte[]>? signedContent = null)
{
    /// <summary>How long a challenge lives.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Allowed clock skew between the signer's signing-time and the server clock.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    /// <summary>Issues a fresh challenge.</summary>
    public LoginChallenge Issue()
    {
        var now = time.GetUtcNow();
        store.Purge(now);
        var challenge = new LoginChallenge(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), now, now.Add(Lifetime));
        store.Add(challenge);
        return challenge;
    }

    /// <summary>
    /// Completes a login with the CMS the browser made over the nonce bytes (attached or detached). The nonce is
    /// consumed whatever the outcome, so a replay is always refused.
    /// </summary>
    public LoginResult Complete(string nonce, byte[] cms)
    {
        if (!store.TryTake(nonce, out var challenge) || challenge is null)
        {
            return LoginResult.Refused("unknown or already used challenge");
        }

        var now = time.GetUtcNow();
        if (now > challenge.ExpiresAt)
        {
            return LoginResult.Refused("challenge expired");
        }

        var nonceBytes = signedContent?.Invoke(challenge) ?? Convert.FromBase64String(challenge.Nonce);
        var report = verifier.Verify(nonceBytes, cms, policy with { RequiredPurpose = KeyPurpose.Authentication, ExpectedSigner = null, Time = time });
        if (report.SignedContent is { } content && !content.AsSpan().SequenceEqual(nonceBytes))
        {
            return LoginResult.Refused("the signed content is not this challenge", report);
        }

        if (report.Signatures.Count != 1)
        {
            return LoginResult.Refused("exactly one signature expected", report);
        }

        var signature = report.Signatures[0];
        if (!report.Passed)
        {
            return LoginResult.Refused($"signature {VerificationText.Of(signature)}", report);
        }

        if (signature.ClaimedSigningTime is not { } signedAt || signedAt < challenge.IssuedAt - ClockSkew || signedAt > now + ClockSkew)
        {
            return LoginResult.Refused("the signature is not fresh (signing-time outside the challenge's life)", report);
        }

        var signer = signature.Signer!;
        return new LoginResult(
            new EdsPrincipal(signer.Iin, signer.Bin, signer.CommonName, signer.Organization, signer.RoleOids, signature.Chain[0].SerialHex),
            null,
            report);
    }
}

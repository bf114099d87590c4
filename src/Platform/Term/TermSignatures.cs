using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Verification;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Term;

/// <summary>
/// Verifies one detached CAdES over the exact document bytes (signing key usage, chain, CRL) and checks who signed:
/// a named person (IIN), or KTK (its BIN, optionally the head's role). Returns a clear reason when refused.
/// </summary>
public sealed class TermSignatures(CadesVerifier verifier, EdsTrust trust)
{
    /// <summary>KTK's BIN from the EDS options.</summary>
    public string KtkBin => trust.Options.KtkBin;

    /// <summary>Null when <paramref name="cms"/> is exactly one valid signature over <paramref name="document"/> by <paramref name="iin"/>; otherwise why not.</summary>
    /// <param name="document">The signed bytes.</param>
    /// <param name="cms">The CMS.</param>
    /// <param name="iin">Whose signature it must be.</param>
    /// <param name="who">How to name that person in the message (e.g. "the tenant").</param>
    /// <param name="ktkHead">Also require KTK's BIN and the head's role.</param>
    /// <param name="ktkStaff">Also require KTK's BIN (an officer's or the head's certificate).</param>
    public string? Check(byte[] document, byte[] cms, string iin, string who, bool ktkHead = false, bool ktkStaff = false)
    {
        if (cms.Length == 0) return $"The EDS signature of {who} is missing.";
        var report = verifier.Verify(document, cms, trust.Policy(KeyPurpose.Signing));
        var sig = report.Signatures.Count == 1 ? report.Signatures[0] : null;
        if (sig is null) return "The signature was not accepted: exactly one signature over the document is expected.";
        if (!report.Passed) return $"The signature was not accepted: {VerificationText.Of(sig)}.";
        if (sig.Signer?.Iin?.Value != iin)
        {
            return $"The signature is not by {who}: it must be made with {who}'s own EDS.";
        }

        if ((ktkHead || ktkStaff) && sig.Signer.Bin?.Value != trust.Options.KtkBin)
        {
            return $"The signature must be made with a KTK certificate (BIN {trust.Options.KtkBin}).";
        }

        if (ktkHead && !sig.Signer.RoleOids.Contains(KzOids.RoleHead))
        {
            return "The signature must be made with the EDS of KTK's head (head role).";
        }

        return null;
    }

    /// <summary>Parses base64 CMS; null when it is not base64.</summary>
    public static byte[]? FromBase64(string? cms)
    {
        if (string.IsNullOrWhiteSpace(cms)) return [];
        try
        {
            return Convert.FromBase64String(cms);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

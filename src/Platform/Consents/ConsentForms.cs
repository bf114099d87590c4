using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// Issues Appendix forms to sign (issue 15 §3, issue 16 §5): each with a fresh random form number (salt), and a protected
/// form token, put in the submit URL, that carries the salt back to the platform with the signature. A token names the
/// person, purpose and language it was issued for; nobody else can use it.
/// </summary>
public sealed class ConsentForms(IDataProtectionProvider protection, EdsTrust trust, IOptions<ConsentOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("RentToOwn.Consents.FormToken.v1");

    /// <summary>The parties the form names, from configuration.</summary>
    public ConsentParties Parties => new(trust.Options.KtkBin, trust.Options.RegistrarBin, options.Value.OperatorName, options.Value.OperatorBin);

    /// <summary>A new A.9 form for <paramref name="iin"/> in <paramref name="language"/>.</summary>
    public IssuedConsentForm Issue(string iin, string name, string language)
    {
        var salt = ConsentForm.NewSalt();
        var text = ConsentForm.Render(language, name, iin, Parties, salt);
        var token = _protector.Protect($"{iin}\n{ConsentPurposes.Application}\n{language}\n{salt}");
        return new IssuedConsentForm(text, System.Text.Encoding.UTF8.GetBytes(text), salt, $"/api/consents?form={Uri.EscapeDataString(token)}");
    }

    /// <summary>The form number of <paramref name="token"/> when it was issued to <paramref name="iin"/> in <paramref name="language"/>, else null.</summary>
    public string? SaltOf(string? token, string iin, string language)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        try
        {
            return _protector.Unprotect(token).Split('\n') is [var i, ConsentPurposes.Application, var l, var salt]
                && i == iin && l == language && ConsentForm.IsSalt(salt) ? salt : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>An issued form: its text, the bytes to sign, its form number and where to post the signature.</summary>
public sealed record IssuedConsentForm(string Text, byte[] Bytes, string Salt, string SubmitUrl);

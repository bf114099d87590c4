namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// The port through which the registrar verifies CMS (CAdES) signatures (A.23 "participants' EDS").
/// The production adapter is backed by src/Eds; <see cref="CmsSignatureChecker"/> is the
/// built-in stand-in for RSA/ECDSA certificates.
/// </summary>
public interface ISignatureChecker
{
    /// <summary>Verifies a detached CMS signature over <paramref name="content"/> and reports the signer's IIN/BIN.</summary>
    SignatureCheck Check(ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> cms);
}

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// The port through which the registrar verifies CMS (CAdES) signatures (A.23 "participants' EDS").
/// Its adapter is <see cref="EdsSignatureChecker"/> (src/Eds: CAdES, RSA and GOST, chain to the
/// trusted NCA roots, revocation); tests may mock the port.
/// </summary>
public interface ISignatureChecker
{
    /// <summary>Verifies a detached CMS signature over <paramref name="content"/> and reports the signer's IIN/BIN.</summary>
    SignatureCheck Check(ReadOnlyMemory<byte> content, ReadOnlyMemory<byte> cms);
}

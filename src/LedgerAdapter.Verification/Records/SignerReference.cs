using System.Security.Cryptography;
using System.Text;

namespace RentToOwn.LedgerAdapter.Records;

/// <summary>
/// A PII-free reference to a signer: HMAC-SHA256 of the IIN or BIN under the deployment secret.
/// The only way to make one from an identity number is <see cref="From"/>, so a raw IIN can never
/// reach a ledger record (A.39–A.40: personal data stays off the ledger).
/// </summary>
public readonly record struct SignerReference
{
    private readonly Sha256Digest value;

    private SignerReference(Sha256Digest value) => this.value = value;

    /// <summary>The 32-byte HMAC value.</summary>
    public Sha256Digest Value => value;

    /// <summary>Derives the reference of a 12-digit IIN or BIN under <paramref name="deploymentSecret"/>.</summary>
    /// <exception cref="ArgumentException">When the secret is shorter than 16 bytes or the number is not 12 digits.</exception>
    public static SignerReference From(ReadOnlySpan<byte> deploymentSecret, string idNumber)
    {
        if (deploymentSecret.Length < 16)
        {
            throw new ArgumentException("the deployment secret must be at least 16 bytes", nameof(deploymentSecret));
        }

        if (idNumber is null || idNumber.Length != 12 || !idNumber.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("an IIN or BIN is exactly 12 digits", nameof(idNumber));
        }

        return new SignerReference(Sha256Digest.FromBytes(HMACSHA256.HashData(deploymentSecret, Encoding.ASCII.GetBytes(idNumber))));
    }

    /// <summary>Re-reads a stored reference (64 hex characters, i.e. an HMAC value, never an IIN).</summary>
    public static SignerReference FromHex(string hex) => new(Sha256Digest.FromHex(hex));

    /// <summary>Re-reads a stored reference from its 32 bytes.</summary>
    public static SignerReference FromBytes(ReadOnlySpan<byte> bytes) => new(Sha256Digest.FromBytes(bytes));

    /// <summary>Lower-case hex of the HMAC.</summary>
    public override string ToString() => value.ToHex();
}

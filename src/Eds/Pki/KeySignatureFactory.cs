using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// BouncyCastle signature factory that signs with NCA's algorithm identifiers (including Kazakhstan's GOST
/// signature OID, which BouncyCastle's own factories do not know). Used for CRLs and OCSP responses.
/// </summary>
internal sealed class KeySignatureFactory(AsymmetricKeyParameter privateKey) : ISignatureFactory
{
    public object AlgorithmDetails => Signatures.SignatureAlgorithm(Signatures.AlgorithmOf(privateKey));

    public IStreamCalculator<IBlockResult> CreateCalculator() => new Calculator(privateKey);

    private sealed class Calculator(AsymmetricKeyParameter key) : IStreamCalculator<IBlockResult>
    {
        private readonly MemoryStream _buffer = new();

        public Stream Stream => _buffer;

        public IBlockResult GetResult() => new Result(Signatures.Sign(key, _buffer.ToArray()));
    }

    private sealed class Result(byte[] signature) : IBlockResult
    {
        public byte[] Collect() => signature;

        public int Collect(byte[] destination, int offset)
        {
            signature.CopyTo(destination, offset);
            return signature.Length;
        }

        public int Collect(Span<byte> output)
        {
            signature.CopyTo(output);
            return signature.Length;
        }

        public int GetMaxResultLength() => signature.Length;
    }

    /// <summary>Signs a TBS structure and returns the AlgorithmIdentifier and signature bits.</summary>
    public static (AlgorithmIdentifier Algorithm, byte[] Signature) SignTbs(AsymmetricKeyParameter key, byte[] tbs) =>
        (Signatures.SignatureAlgorithm(Signatures.AlgorithmOf(key)), Signatures.Sign(key, tbs));
}

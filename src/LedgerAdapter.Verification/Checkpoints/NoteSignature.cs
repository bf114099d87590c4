namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>One C2SP signed-note signature line: <c>— name base64(keyhash ‖ signature)</c>.</summary>
/// <param name="KeyName">The signer's key name.</param>
/// <param name="KeyHash">The 4-byte key hash (big-endian) identifying the key.</param>
/// <param name="Signature">The bytes after the key hash (for cosignature/v1: timestamp ‖ Ed25519 signature).</param>
public sealed record NoteSignature(string KeyName, uint KeyHash, byte[] Signature)
{
    /// <summary>The line, without its trailing newline.</summary>
    public string ToLine()
    {
        var blob = new byte[4 + Signature.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(blob, KeyHash);
        Signature.CopyTo(blob, 4);
        return $"\u2014 {KeyName} {Convert.ToBase64String(blob)}";
    }
}

namespace RentToOwn.LedgerAdapter.Checkpoints;

/// <summary>Signature-type bytes of C2SP signed-note keys.</summary>
public enum NoteKeyAlgorithm : byte
{
    /// <summary>Ed25519 note signature (C2SP signed-note): the log's checkpoint key.</summary>
    Ed25519 = 0x01,

    /// <summary>Ed25519 timestamped cosignature (C2SP tlog-cosignature, cosignature/v1): witness keys.</summary>
    CosignatureV1 = 0x04,
}

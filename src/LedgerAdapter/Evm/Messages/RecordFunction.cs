using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace RentToOwn.LedgerAdapter.Evm.Messages;

/// <summary><c>record(bytes32 subject, bytes32 entryHash, uint8 kind)</c>: allow-listed writers only, each entry hash once.</summary>
[Function("record")]
public sealed class RecordFunction : FunctionMessage
{
    /// <summary>SHA-256 of the subject id.</summary>
    [Parameter("bytes32", "subject", 1)]
    public byte[] Subject { get; set; } = [];

    /// <summary>The record's RFC 6962 leaf hash.</summary>
    [Parameter("bytes32", "entryHash", 2)]
    public byte[] EntryHash { get; set; } = [];

    /// <summary>The record kind byte.</summary>
    [Parameter("uint8", "kind", 3)]
    public byte Kind { get; set; }
}

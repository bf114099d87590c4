using System.Numerics;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Typed access to a deployed <c>contracts/evm/SigningRegistry.sol</c>.</summary>
/// <param name="rpc">Node client.</param>
/// <param name="sender">Signs and sends as the writer account.</param>
/// <param name="address">Contract address.</param>
public sealed class SigningRegistryContract(JsonRpcClient rpc, EvmTransactionSender sender, string address)
{
    /// <summary>Contract address (lower-case 0x hex).</summary>
    public string Address { get; } = address.ToLowerInvariant();

    /// <summary>Deploys the compiled bytecode (<c>contracts/evm/build/SigningRegistry.bin</c>); the deployer becomes owner and writer.</summary>
    public static async Task<SigningRegistryContract> DeployAsync(JsonRpcClient rpc, EvmTransactionSender sender, byte[] bytecode, CancellationToken ct = default)
    {
        var receipt = await sender.SendAndWaitAsync(null, bytecode, "deploy SigningRegistry", ct);
        return new SigningRegistryContract(rpc, sender, receipt.ContractAddress ?? throw new InvalidOperationException("deployment receipt has no contract address"));
    }

    /// <summary>This contract, sent from another account.</summary>
    public SigningRegistryContract As(EvmTransactionSender other) => new(rpc, other, Address);

    /// <summary>Allow-lists (or removes) a writer; owner only.</summary>
    public Task<EvmReceipt> SetWriterAsync(string writer, bool allowed, CancellationToken ct = default) =>
        sender.SendAndWaitAsync(Address, Abi.EncodeCall("setWriter(address,bool)", writer, allowed), $"setWriter({writer}, {allowed})", ct);

    /// <summary>Records one entry hash; reverts unless the sender is allow-listed.</summary>
    public Task<EvmReceipt> RecordAsync(byte[] subject, byte[] entryHash, RecordKind kind, CancellationToken ct = default) =>
        sender.SendAndWaitAsync(Address, Abi.EncodeCall("record(bytes32,bytes32,uint8)", subject, entryHash, (byte)kind), "record", ct);

    /// <summary>Sends a record transaction without waiting for its receipt.</summary>
    public Task<string> SendRecordAsync(byte[] subject, byte[] entryHash, RecordKind kind, CancellationToken ct = default) =>
        sender.SendAsync(Address, Abi.EncodeCall("record(bytes32,bytes32,uint8)", subject, entryHash, (byte)kind), "record", ct);

    /// <summary>Publishes a checkpoint (tree size + root); reverts unless allow-listed or if the size goes backwards.</summary>
    public Task<EvmReceipt> AnchorAsync(long treeSize, byte[] root, CancellationToken ct = default) =>
        sender.SendAndWaitAsync(Address, Abi.EncodeCall("anchor(uint64,bytes32)", treeSize, root), "anchor", ct);

    /// <summary>Whether <paramref name="account"/> is allow-listed.</summary>
    public async Task<bool> IsWriterAsync(string account, CancellationToken ct = default) =>
        (bool)Abi.Decode(["bool"], await rpc.CallAsync(null, Address, Abi.EncodeCall("writers(address)", account), ct))[0];

    /// <summary>Reads an entry back, or null when it was never recorded.</summary>
    public async Task<OnChainEntry?> GetEntryAsync(byte[] entryHash, CancellationToken ct = default)
    {
        var v = Abi.Decode(["bytes32", "uint8", "uint64", "address"], await rpc.CallAsync(null, Address, Abi.EncodeCall("getEntry(bytes32)", entryHash), ct));
        var block = (long)(BigInteger)v[2];
        return block == 0 ? null : new OnChainEntry((byte[])v[0], (byte)(BigInteger)v[1], block, (string)v[3]);
    }

    /// <summary>Reads the latest anchor (tree size, root, block).</summary>
    public async Task<(long TreeSize, byte[] Root, long BlockNumber)> LatestAnchorAsync(CancellationToken ct = default)
    {
        var v = Abi.Decode(["uint64", "bytes32", "uint64"], await rpc.CallAsync(null, Address, Abi.EncodeCall("latestAnchor()"), ct));
        return ((long)(BigInteger)v[0], (byte[])v[1], (long)(BigInteger)v[2]);
    }

    /// <summary>All Recorded events since <paramref name="fromBlock"/>.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> GetRecordedEventsAsync(long fromBlock = 0, CancellationToken ct = default) =>
        (await rpc.GetLogsAsync(Address, SigningRegistryEvents.RecordedTopic, fromBlock, null, ct))
            .Select(SigningRegistryEvents.DecodeRecorded).OfType<RecordedEvent>().ToList();

    /// <summary>The bytes32 key of a subject on chain: SHA-256 of its id (no PII either way).</summary>
    public static byte[] SubjectKey(string subjectId) => Sha256Digest.Of(System.Text.Encoding.UTF8.GetBytes(subjectId)).ToArray();
}

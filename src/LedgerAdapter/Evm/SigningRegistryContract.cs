using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Evm.Messages;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Evm;

/// <summary>Typed access to a deployed <c>contracts/evm/SigningRegistry.sol</c> through Nethereum's function and event messages.</summary>
/// <param name="node">The node (reads).</param>
/// <param name="sender">Signs and sends as the writer account; null for a read-only view.</param>
/// <param name="address">Contract address.</param>
public sealed class SigningRegistryContract(IWeb3 node, EvmTransactionSender? sender, string address)
{
    // The gas of record() depends only on whether recordCount is still 0 (+15k): after one estimate the sender
    // skips eth_estimateGas for records, with room for that difference (gas price 0 on the permissioned chain).
    private const int RecordGasMargin = 25_000;
    private BigInteger? recordGas;

    /// <summary>Contract address (lower-case 0x hex).</summary>
    public string Address { get; } = address.ToLowerInvariant();

    private EvmTransactionSender Sender => sender ?? throw new InvalidOperationException("this SigningRegistry view is read-only (no sender)");

    /// <summary>Deploys the compiled bytecode (<c>contracts/evm/build/SigningRegistry.bin</c>); the deployer becomes owner and writer.</summary>
    public static async Task<SigningRegistryContract> DeployAsync(IWeb3 node, EvmTransactionSender sender, byte[] bytecode, CancellationToken ct = default) =>
        (await DeployWithReceiptAsync(node, sender, bytecode, ct)).Contract;

    /// <summary>Deploys as <see cref="DeployAsync"/> does, and returns the deployment receipt too.</summary>
    public static async Task<(SigningRegistryContract Contract, TransactionReceipt Receipt)> DeployWithReceiptAsync(
        IWeb3 node, EvmTransactionSender sender, byte[] bytecode, CancellationToken ct = default)
    {
        var receipt = await sender.SendAndWaitAsync(new SigningRegistryDeployment { ByteCode = bytecode.ToHex() }.CreateTransactionInput(), "deploy SigningRegistry", ct);
        var address = receipt.ContractAddress ?? throw new InvalidOperationException("deploy SigningRegistry: the receipt has no contract address");
        return (new SigningRegistryContract(node, sender, address), receipt);
    }

    /// <summary>This contract, sent from another account.</summary>
    public SigningRegistryContract As(EvmTransactionSender other) => new(node, other, Address);

    /// <summary>Allow-lists (or removes) a writer; owner only.</summary>
    public Task<TransactionReceipt> SetWriterAsync(string writer, bool allowed, CancellationToken ct = default) =>
        Sender.SendAndWaitAsync(new SetWriterFunction { Writer = writer, Allowed = allowed }.CreateTransactionInput(Address), $"setWriter({writer}, {allowed})", ct);

    /// <summary>Records one entry hash and waits until it is mined; reverts unless the sender is allow-listed.</summary>
    public async Task<TransactionReceipt> RecordAsync(byte[] subject, byte[] entryHash, RecordKind kind, CancellationToken ct = default)
    {
        var input = new RecordFunction { Subject = subject, EntryHash = entryHash, Kind = (byte)kind }.CreateTransactionInput(Address);
        if (recordGas is { } known)
        {
            input.Gas = new HexBigInteger(known);
        }

        var receipt = await Sender.SendAndWaitAsync(input, "record", ct);
        recordGas ??= input.Gas.Value + RecordGasMargin;
        return receipt;
    }

    /// <summary>Publishes a checkpoint (tree size + root); reverts unless allow-listed or if the size goes backwards.</summary>
    public Task<TransactionReceipt> AnchorAsync(long treeSize, byte[] root, CancellationToken ct = default) =>
        Sender.SendAndWaitAsync(new AnchorFunction { TreeSize = (ulong)treeSize, Root = root }.CreateTransactionInput(Address), "anchor", ct);

    /// <summary>Whether <paramref name="account"/> is allow-listed.</summary>
    public Task<bool> IsWriterAsync(string account, CancellationToken ct = default) =>
        node.Eth.GetContractQueryHandler<WritersFunction>().QueryAsync<bool>(Address, new WritersFunction { Account = account }).WaitAsync(ct);

    /// <summary>Reads an entry back, or null when it was never recorded.</summary>
    public async Task<OnChainEntry?> GetEntryAsync(byte[] entryHash, CancellationToken ct = default)
    {
        var v = await node.Eth.GetContractQueryHandler<GetEntryFunction>()
            .QueryDeserializingToObjectAsync<GetEntryOutput>(new GetEntryFunction { EntryHash = entryHash }, Address).WaitAsync(ct);
        return v.BlockNumber == 0 ? null : new OnChainEntry(v.Subject, v.Kind, (long)v.BlockNumber, v.Writer.ToLowerInvariant());
    }

    /// <summary>Reads the latest anchor (tree size, root, block).</summary>
    public async Task<(long TreeSize, byte[] Root, long BlockNumber)> LatestAnchorAsync(CancellationToken ct = default)
    {
        var v = await node.Eth.GetContractQueryHandler<LatestAnchorFunction>()
            .QueryDeserializingToObjectAsync<LatestAnchorOutput>(new LatestAnchorFunction(), Address).WaitAsync(ct);
        return ((long)v.TreeSize, v.Root, (long)v.BlockNumber);
    }

    /// <summary>The Recorded events in a block range (to the latest block when <paramref name="toBlock"/> is null).</summary>
    public async Task<IReadOnlyList<RecordedEvent>> GetRecordedEventsAsync(long fromBlock = 0, long? toBlock = null, CancellationToken ct = default)
    {
        var recorded = node.Eth.GetEvent<RecordedEventDto>(Address);
        var filter = recorded.CreateFilterInput(new BlockParameter((ulong)fromBlock), toBlock is { } to ? new BlockParameter((ulong)to) : BlockParameter.CreateLatest());
        return (await recorded.GetAllChangesAsync(filter).WaitAsync(ct)).Select(SigningRegistryEvents.ToRecorded).ToList();
    }

    /// <summary>The bytes32 key of a subject on chain: SHA-256 of its id (no PII either way).</summary>
    public static byte[] SubjectKey(string subjectId) => Sha256Digest.Of(System.Text.Encoding.UTF8.GetBytes(subjectId)).ToArray();
}

using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// The platform's link to the EVM node: JSON-RPC client, the writer's nonce-managed sender and the SigningRegistry.
/// On first start without <c>Ledger:Evm:ContractAddress</c> it deploys the registry (the writer becomes owner and
/// writer) and remembers the address in the ledger folder; later starts check that the contract is still there and
/// that the account may write.
/// </summary>
public sealed class EvmLedgerConnection : IDisposable
{
    private readonly HttpClient _http;

    private EvmLedgerConnection(HttpClient http, JsonRpcClient rpc, EvmTransactionSender sender, SigningRegistryContract contract, long chainId)
    {
        _http = http;
        Rpc = rpc;
        Sender = sender;
        Contract = contract;
        ChainId = chainId;
    }

    /// <summary>Node client.</summary>
    public JsonRpcClient Rpc { get; }

    /// <summary>The writer's sender.</summary>
    public EvmTransactionSender Sender { get; }

    /// <summary>The registry, sending as the writer.</summary>
    public SigningRegistryContract Contract { get; }

    /// <summary>The node's chain id.</summary>
    public long ChainId { get; }

    /// <summary>Connects, deploying or checking the registry.</summary>
    /// <exception cref="InvalidOperationException">No node, no bytecode, a vanished contract or a writer that is not allow-listed; the message says which.</exception>
    public static async Task<EvmLedgerConnection> OpenAsync(
        EvmLedgerSettings settings, string ledgerDirectory, string contentRoot, TimeProvider time, ILogger logger, CancellationToken ct)
    {
        var http = new HttpClient { BaseAddress = settings.RpcUrl, Timeout = settings.RpcTimeout };
        try
        {
            var rpc = new JsonRpcClient(http);
            long chainId;
            try
            {
                chainId = await rpc.ChainIdAsync(ct);
            }
            catch (Exception e) when (e is HttpRequestException or EvmRpcException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                throw new InvalidOperationException($"Ledger:Evm:RpcUrl {settings.RpcUrl}: no EVM node answers ({e.Message}). Start the node (e.g. ganache) or use Ledger:Backend=Embedded.", e);
            }

            var sender = new EvmTransactionSender(rpc, settings.Key, settings.Node, time);
            var address = settings.ContractAddress;
            var remembered = address is null ? RememberedRegistry.Read(ledgerDirectory) : null;
            if (remembered is not null)
            {
                if (remembered.ChainId != chainId)
                {
                    throw new InvalidOperationException($"{Path.Combine(ledgerDirectory, RememberedRegistry.FileName)}: the SigningRegistry {remembered.Contract} is on chain {remembered.ChainId}, "
                        + $"but {settings.RpcUrl} is chain {chainId}. Point Ledger:Evm:RpcUrl at that chain, or delete the file to deploy a new registry.");
                }

                address = remembered.Contract;
            }

            SigningRegistryContract contract;
            if (address is null)
            {
                var code = SigningRegistryBytecode.Load(settings.BytecodePath, contentRoot);
                var receipt = await sender.SendAndWaitAsync(null, code, "deploy SigningRegistry", ct);
                contract = new SigningRegistryContract(rpc, sender, receipt.ContractAddress
                    ?? throw new InvalidOperationException("deploy SigningRegistry: the receipt has no contract address"));
                new RememberedRegistry(chainId, contract.Address, sender.Address, receipt.TransactionHash, receipt.BlockNumber).Write(ledgerDirectory);
                logger.LogInformation("Ledger: deployed SigningRegistry {Contract} on chain {ChainId} from {Writer}", contract.Address, chainId, sender.Address);
            }
            else
            {
                contract = new SigningRegistryContract(rpc, sender, address);
                var code = (await rpc.CallAsync("eth_getCode", [address, "latest"], ct))?.GetValue<string>();
                if (code is null || Hex.Decode(code).Length == 0)
                {
                    var source = remembered is null ? "Ledger:Evm:ContractAddress" : Path.Combine(ledgerDirectory, RememberedRegistry.FileName);
                    throw new InvalidOperationException($"{source}: there is no contract at {address} on chain {chainId} ({settings.RpcUrl})"
                        + (remembered is null ? "" : "; the chain was reset? Delete the file to deploy a new registry"));
                }

                if (!await contract.IsWriterAsync(sender.Address, ct))
                {
                    throw new InvalidOperationException($"Ledger:Evm:PrivateKey: account {sender.Address} is not an allow-listed writer of SigningRegistry {address}; "
                        + "the registry's owner must call setWriter for it");
                }
            }

            if (settings.UsesTestKey)
            {
                logger.LogWarning("Ledger: writing to {Contract} with the PUBLIC ganache test key (Development default); configure Ledger:Evm:PrivateKey for any real chain", contract.Address);
            }

            return new EvmLedgerConnection(http, rpc, sender, contract, chainId);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}

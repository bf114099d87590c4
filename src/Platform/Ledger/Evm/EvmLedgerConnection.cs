using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// The platform's link to the EVM node: Nethereum's Web3, the writer's sender (own nonce counter) and the SigningRegistry.
/// On first start without <c>Ledger:Evm:ContractAddress</c> it deploys the registry (the writer becomes owner and
/// writer) and remembers the address in the ledger folder; later starts check that the contract is still there and
/// that the account may write.
/// </summary>
public sealed class EvmLedgerConnection : IDisposable
{
    private readonly HttpClient _http;

    private EvmLedgerConnection(HttpClient http, IWeb3 node, EvmTransactionSender sender, SigningRegistryContract contract, long chainId)
    {
        _http = http;
        Node = node;
        Sender = sender;
        Contract = contract;
        ChainId = chainId;
    }

    /// <summary>The node (reads).</summary>
    public IWeb3 Node { get; }

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
            var client = EvmNode.Client(http);
            var node = new Web3(client);
            long chainId;
            try
            {
                chainId = (long)(await node.Eth.ChainId.SendRequestAsync().WaitAsync(ct)).Value;
            }
            catch (Exception e) when (e is RpcClientUnknownException or RpcClientTimeoutException or RpcResponseException)
            {
                throw new InvalidOperationException($"Ledger:Evm:RpcUrl {settings.RpcUrl}: no EVM node answers ({e.Message}). Start the node (e.g. ganache) or use Ledger:Backend=Embedded.", e);
            }

            var sender = new EvmTransactionSender(client, settings.Key, settings.Node, time);
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
                (contract, var deployment) = await SigningRegistryContract.DeployWithReceiptAsync(node, sender, code, ct);
                new RememberedRegistry(chainId, contract.Address, sender.Address, deployment.TransactionHash, (long)deployment.BlockNumber.Value).Write(ledgerDirectory);
                logger.LogInformation("Ledger: deployed SigningRegistry {Contract} on chain {ChainId} from {Writer}", contract.Address, chainId, sender.Address);
            }
            else
            {
                contract = new SigningRegistryContract(node, sender, address);
                var code = await node.Eth.GetCode.SendRequestAsync(address, BlockParameter.CreateLatest()).WaitAsync(ct);
                if (string.IsNullOrEmpty(code) || code is "0x" or "0x0")
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

            return new EvmLedgerConnection(http, node, sender, contract, chainId);
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

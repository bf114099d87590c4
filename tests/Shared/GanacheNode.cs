using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Tests.Shared;

// Compiled into each test project that needs it (linked from its .csproj), so each assembly gets its own collection.

/// <summary>
/// A real ganache 7.9.2 (contracts/evm/node_modules/.bin/ganache, installed by scripts/install-deps.sh) on 127.0.0.1 and a
/// free port: berlin hardfork, gas price 0 (as a free-gas Besu network), chain id 1337, the platform's Development key
/// (<see cref="GanacheTestKey"/>) and an outsider TEST key funded. Stopped on dispose. Fails with a clear message when
/// ganache is not installed.
/// </summary>
public sealed class GanacheNode : IAsyncLifetime
{
    /// <summary>Chain id.</summary>
    public const long ChainId = 1337;

    /// <summary>A TEST account that is not the platform's writer.</summary>
    public static EthECKey Outsider { get; } = new(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("rto TEST account outsider"))));

    private Process? _process;

    /// <summary>JSON-RPC URL.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>The repository root (holds RentToOwn.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("RentToOwn.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A client of the node (Nethereum, no account).</summary>
    public IWeb3 Rpc() => EvmNode.Connect(new HttpClient { BaseAddress = Url });

    /// <summary>A sender for <paramref name="key"/>.</summary>
    public EvmTransactionSender Sender(EthECKey key) => new(EvmNode.Client(new HttpClient { BaseAddress = Url }), key, new EvmOptions { RpcUrl = Url }, TimeProvider.System);

    /// <summary>The compiled registry (contracts/evm/build).</summary>
    public static byte[] Bytecode()
    {
        var bin = Path.Combine(RepositoryRoot(), "contracts", "evm", "build", "SigningRegistry.bin");
        if (!File.Exists(bin)) throw new InvalidOperationException($"{bin} missing: run scripts/install-deps.sh (it runs 'npm run build' in contracts/evm)");
        return File.ReadAllText(bin).Trim().HexToByteArray();
    }

    /// <summary>A free TCP port on 127.0.0.1 (nothing listens on it afterwards).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var ganache = Path.Combine(RepositoryRoot(), "contracts", "evm", "node_modules", ".bin", "ganache");
        if (!File.Exists(ganache))
        {
            throw new InvalidOperationException($"ganache is not installed ({ganache} missing): run scripts/install-deps.sh (npm ci in contracts/evm)");
        }

        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var info = new ProcessStartInfo(ganache) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--server.host", "127.0.0.1", "--server.port", port.ToString(), "--chain.chainId", ChainId.ToString(),
                         "--miner.defaultGasPrice", "0", "--chain.hardfork", "berlin", "--logging.quiet", "true", "--chain.vmErrorsOnRPCResponse", "true" })
            {
                info.ArgumentList.Add(a);
            }

            foreach (var key in new[] { GanacheTestKey.PrivateKeyHex, SHA256.HashData(Encoding.UTF8.GetBytes("rto TEST account outsider")).ToHex(true) })
            {
                info.ArgumentList.Add("--wallet.accounts");
                info.ArgumentList.Add($"{key},0x3635C9ADC5DEA00000");
            }

            var p = Process.Start(info)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            Url = new Uri($"http://127.0.0.1:{port}/");
            using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
            var rpc = EvmNode.Connect(http);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !p.HasExited)
            {
                try
                {
                    if ((await rpc.Eth.ChainId.SendRequestAsync()).Value == ChainId)
                    {
                        _process = p;
                        return;
                    }
                }
                catch (Exception e) when (e is Nethereum.JsonRpc.Client.RpcClientUnknownException or Nethereum.JsonRpc.Client.RpcClientTimeoutException)
                {
                    await Task.Delay(200);
                }
            }

            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.Dispose();
            if (attempt >= 2) throw new InvalidOperationException("ganache did not start on 127.0.0.1");
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Reads the tests ask of the node.</summary>
public static class GanacheReads
{
    /// <summary>eth_blockNumber.</summary>
    public static async Task<long> BlockNumberAsync(this IWeb3 node) => (long)(await node.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

    /// <summary>eth_getTransactionReceipt (null while pending or unknown).</summary>
    public static Task<TransactionReceipt?> GetTransactionReceiptAsync(this IWeb3 node, string hash) =>
        node.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash)!;
}

/// <summary>One ganache per test assembly for the tests on the Evm backend.</summary>
[CollectionDefinition("ganache")]
public sealed class GanacheCollection : ICollectionFixture<GanacheNode>
{
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;
using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

/// <summary>
/// Starts a real ganache node (contracts/evm/node_modules/.bin/ganache, installed by scripts/install-deps.sh)
/// on 127.0.0.1 and a free port, with deterministic TEST accounts, and stops it afterwards.
/// </summary>
public sealed class GanacheFixture : IAsyncLifetime
{
    public const long ChainId = 1337;

    private Process? process;

    private static readonly string[] KeyHexes = new[] { "owner", "writer", "outsider" }
        .Select(n => SHA256.HashData(Encoding.UTF8.GetBytes("rto TEST account " + n)).ToHex(true)).ToArray();

    public static EthECKey Owner { get; } = new(KeyHexes[0]);

    public static EthECKey Writer { get; } = new(KeyHexes[1]);

    public static EthECKey Outsider { get; } = new(KeyHexes[2]);

    /// <summary>A TEST account with no ether (funded by a test when it needs to be).</summary>
    public static EthECKey Poor { get; } = new(SHA256.HashData(Encoding.UTF8.GetBytes("rto TEST account poor")).ToHex(true));

    public Uri Url { get; private set; } = null!;

    public byte[] Bytecode { get; private set; } = null!;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RentToOwn.sln not found above " + AppContext.BaseDirectory);
    }

    public static string GanacheBinary()
    {
        var ganache = Path.Combine(RepositoryRoot(), "contracts", "evm", "node_modules", ".bin", "ganache");
        if (!File.Exists(ganache))
        {
            throw new InvalidOperationException($"ganache is not installed ({ganache} missing): run scripts/install-deps.sh (npm ci in contracts/evm)");
        }

        return ganache;
    }

    public static byte[] LoadBytecode()
    {
        var bin = Path.Combine(RepositoryRoot(), "contracts", "evm", "build", "SigningRegistry.bin");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException($"{bin} missing: run scripts/install-deps.sh (it runs 'npm run build' in contracts/evm to compile SigningRegistry.sol)");
        }

        return File.ReadAllText(bin).Trim().HexToByteArray();
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts ganache; used by the fixture and by the bench.</summary>
    public static async Task<(Process Process, Uri Url)> StartGanacheAsync()
    {
        var ganache = GanacheBinary();
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var info = new ProcessStartInfo(ganache) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { "--server.host", "127.0.0.1", "--server.port", port.ToString(), "--chain.chainId", ChainId.ToString(),
                         "--miner.defaultGasPrice", "0", "--chain.hardfork", "berlin", "--logging.quiet", "true", "--chain.vmErrorsOnRPCResponse", "true" })
            {
                info.ArgumentList.Add(a);
            }

            foreach (var key in KeyHexes)
            {
                info.ArgumentList.Add("--wallet.accounts");
                info.ArgumentList.Add($"{key},0x3635C9ADC5DEA00000");
            }

            var p = Process.Start(info)!;
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            var url = new Uri($"http://127.0.0.1:{port}/");
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(2) };
            var node = EvmNode.Connect(http);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !p.HasExited)
            {
                try
                {
                    if ((await node.Eth.ChainId.SendRequestAsync()).Value == ChainId)
                    {
                        return (p, url);
                    }
                }
                catch (Exception e) when (e is Nethereum.JsonRpc.Client.RpcClientUnknownException or Nethereum.JsonRpc.Client.RpcClientTimeoutException)
                {
                    await Task.Delay(200);
                }
            }

            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
            }

            if (attempt >= 2)
            {
                throw new InvalidOperationException("ganache did not start on 127.0.0.1");
            }
        }
    }

    public IWeb3 Node() => EvmNode.Connect(new HttpClient { BaseAddress = Url });

    public EvmTransactionSender Sender(EthECKey key, TimeProvider? time = null, HttpMessageHandler? handler = null, EvmOptions? options = null) =>
        new(EvmNode.Client(new HttpClient(handler ?? new HttpClientHandler()) { BaseAddress = Url }), key, options ?? new EvmOptions { RpcUrl = Url }, time ?? TimeProvider.System);

    public async Task InitializeAsync()
    {
        Bytecode = LoadBytecode();
        (process, Url) = await StartGanacheAsync();
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition("ganache")]
public sealed class GanacheCollection : ICollectionFixture<GanacheFixture>
{
}

using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Remote;

namespace RentToOwn.LedgerAdapter.Tests.Remote;

/// <summary>An embedded log in a temporary folder served in-process by <see cref="LogServiceHost"/> (port 0), with a client.</summary>
internal sealed class ServedLog : IAsyncDisposable
{
    private ServedLog(string directory, EmbeddedLedger log, LogServiceHost host, ReceiptCheck check)
    {
        Directory = directory;
        Log = log;
        Host = host;
        Check = check;
    }

    public string Directory { get; }

    public EmbeddedLedger Log { get; }

    public LogServiceHost Host { get; }

    /// <summary>The folder's log.pub and witness.pub, threshold 1.</summary>
    public ReceiptCheck Check { get; }

    public static async Task<ServedLog> StartAsync(string? token = "test-token-not-secret")
    {
        var dir = Path.Combine(TestKeys.TempDir(), "ledger");
        var folder = new LedgerDirectory(dir);
        await folder.InitAsync("test.rto.kz/served-log", "test.rto.kz/served-witness");
        var log = folder.Open(TimeProvider.System);
        var host = await LogServiceHost.StartAsync(log, new LogServiceOptions { Token = token, AllowTokenOverPlaintext = true });
        return new ServedLog(dir, log, host, Keys(dir));
    }

    public static ReceiptCheck Keys(string dir) => new(
        NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(dir, "log.pub"))), [NoteVerifierKey.Parse(File.ReadAllText(Path.Combine(dir, "witness.pub")))], 1);

    public RemoteLedger Client(string? token = "test-token-not-secret", ReceiptCheck? check = null) =>
        new(new RemoteLedgerOptions { Endpoint = Host.Address, Token = token, AllowTokenOverPlaintext = true }, check ?? Check);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Log.DisposeAsync();
    }
}

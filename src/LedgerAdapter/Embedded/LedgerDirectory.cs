using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>
/// A self-contained ledger folder as the CLI uses it: <c>ledger.db</c>, the log key (<c>log.key</c>,
/// public <c>log.pub</c>), one local witness (<c>witness.key</c>, <c>witness.pub</c>, <c>witness.state</c>)
/// standing in for the State Corporation's registrar node, and <c>deployment.secret</c> for signer references.
/// Private files are created with mode 0600.
/// </summary>
/// <param name="path">The folder.</param>
public sealed class LedgerDirectory(string path)
{
    /// <summary>The folder.</summary>
    public string Path { get; } = path;

    /// <summary>Database file.</summary>
    public string DatabasePath => File("ledger.db");

    /// <summary>Creates keys, secret and an empty database. Refuses to overwrite an existing ledger.</summary>
    /// <exception cref="InvalidOperationException">When the folder already holds a ledger.</exception>
    public async Task InitAsync(string origin, string witnessName)
    {
        Directory.CreateDirectory(Path);
        if (System.IO.File.Exists(File("log.key")) || System.IO.File.Exists(DatabasePath))
        {
            throw new InvalidOperationException($"{Path} already holds a ledger");
        }

        var logKey = NoteSigningKey.Generate(origin, NoteKeyAlgorithm.Ed25519);
        var witnessKey = NoteSigningKey.Generate(witnessName, NoteKeyAlgorithm.CosignatureV1);
        WriteSecret("log.key", logKey.ToPrivateText() + "\n");
        WriteSecret("witness.key", witnessKey.ToPrivateText() + "\n");
        WriteSecret("deployment.secret", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) + "\n");
        await System.IO.File.WriteAllTextAsync(File("log.pub"), logKey.VerifierKey + "\n");
        await System.IO.File.WriteAllTextAsync(File("witness.pub"), witnessKey.VerifierKey + "\n");
        await using var ledger = Open(TimeProvider.System);
    }

    /// <summary>Opens the ledger with its local witness.</summary>
    public EmbeddedLedger Open(TimeProvider time, int maxBatchSize = 4096)
    {
        var logKey = NoteSigningKey.Parse(Read("log.key"));
        var witnessKey = NoteSigningKey.Parse(Read("witness.key"));
        var witness = new Witness(witnessKey, logKey.VerifierKey, new FileWitnessStateStore(File("witness.state")), time);
        return EmbeddedLedger.Open(new EmbeddedLedgerOptions { DatabasePath = DatabasePath, MaxBatchSize = maxBatchSize }, logKey, [witness]);
    }

    /// <summary>The deployment secret for <see cref="Records.SignerReference.From"/>.</summary>
    public byte[] DeploymentSecret() => Convert.FromBase64String(Read("deployment.secret").Trim());

    private string File(string name) => System.IO.Path.Combine(Path, name);

    private string Read(string name)
    {
        var file = File(name);
        return System.IO.File.Exists(file) ? System.IO.File.ReadAllText(file) : throw new FileNotFoundException($"{file} is missing; run 'rto ledger init --dir {Path}' first", file);
    }

    private void WriteSecret(string name, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(File(name), System.Text.Encoding.ASCII, options);
        writer.Write(content);
    }
}

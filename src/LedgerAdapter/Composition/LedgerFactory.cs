using RentToOwn.LedgerAdapter.Anchoring;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Fabric;
using RentToOwn.LedgerAdapter.Remote;

namespace RentToOwn.LedgerAdapter.Composition;

/// <summary>
/// The ledger for a configuration: the embedded log in the folder (created on first use) — alone, recorded per record on
/// an EVM chain or Fabric, or with an anchorer — or the log service (<see cref="RemoteLedger"/>) checked against the
/// folder's public keys. Anchors live in the log's own SQLite file, where bundles read them.
/// </summary>
public static class LedgerFactory
{
    /// <summary>Opens the ledger.</summary>
    /// <exception cref="InvalidOperationException">A configuration that cannot work (named in the message), or a backend that cannot be reached.</exception>
    public static async Task<ComposedLedger> OpenAsync(LedgerConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        var directory = new LedgerDirectory(configuration.Directory);
        if (configuration.Remote is { } remote)
        {
            return OpenRemote(configuration, directory, remote);
        }

        if (!File.Exists(directory.DatabasePath))
        {
            await directory.InitAsync(configuration.Origin, configuration.WitnessName);
        }

        var secret = directory.DeploymentSecret();
        var embedded = directory.Open(time);
        FabricSigningRegistry? fabric = null;
        try
        {
            if (configuration.Fabric is { } settings)
            {
                fabric = settings.OpenRegistry();
                await fabric.LatestAnchorAsync(ct); // reaches the gateway peer now, so a wrong profile stops the start
                return settings.Mode == FabricLedgerMode.Anchoring
                    ? new ComposedLedger
                    {
                        Ledger = embedded, DeploymentSecret = secret, Embedded = embedded, Fabric = fabric,
                        FabricAnchorer = new FabricCheckpointAnchorer(embedded, fabric, new SqliteAnchorStore(directory.DatabasePath)),
                    }
                    : new ComposedLedger { Ledger = new FabricRecordingLedger(embedded, fabric), DeploymentSecret = secret, Embedded = embedded, Fabric = fabric };
            }

            if (configuration.Evm is { } connect)
            {
                var evm = await connect(directory.Path, ct);
                return evm.PerRecord
                    ? new ComposedLedger { Ledger = new EvmRecordingLedger(embedded, new EvmRecordPublisher(evm.Contract)), DeploymentSecret = secret, Embedded = embedded }
                    : new ComposedLedger
                    {
                        Ledger = embedded, DeploymentSecret = secret, Embedded = embedded,
                        Anchorer = new CheckpointAnchorer(embedded, evm.Contract, evm.Sender, new SqliteAnchorStore(directory.DatabasePath)),
                    };
            }

            return new ComposedLedger { Ledger = embedded, DeploymentSecret = secret, Embedded = embedded };
        }
        catch
        {
            fabric?.Dispose();
            await embedded.DisposeAsync();
            throw;
        }
    }

    private static ComposedLedger OpenRemote(LedgerConfiguration configuration, LedgerDirectory directory, RemoteLedgerOptions remote)
    {
        if (configuration.Fabric is not null || configuration.Evm is not null)
        {
            throw new InvalidOperationException("Ledger:Endpoint: the log service serves the embedded log only; the EVM and Fabric backends are shared by nature (leave Ledger:Endpoint empty)");
        }

        string Read(string name)
        {
            var file = Path.Combine(directory.Path, name);
            return File.Exists(file)
                ? File.ReadAllText(file)
                : throw new InvalidOperationException($"Ledger:Endpoint: {file} is missing: copy log.pub, witness.pub and deployment.secret from the log service's folder (rto ledger serve --dir) into {directory.Path}");
        }

        var check = new ReceiptCheck(NoteVerifierKey.Parse(Read("log.pub")), [NoteVerifierKey.Parse(Read("witness.pub"))], 1);
        var secret = Convert.FromBase64String(Read("deployment.secret").Trim());
        var client = new RemoteLedger(remote, check);
        return new ComposedLedger { Ledger = client, DeploymentSecret = secret, Remote = client };
    }
}

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>Per record (a transaction per append) or anchoring (a transaction per checkpoint).</summary>
public enum FabricLedgerMode
{
    /// <summary>Each append is recorded by its own transaction; the append returns once it is committed VALID.</summary>
    PerRecord,

    /// <summary>The embedded log's checkpoints are anchored on a schedule.</summary>
    Anchoring,
}

/// <summary>The section <c>Ledger:Fabric</c>.</summary>
public sealed class FabricBackendOptions
{
    /// <summary>The connection.json that deploy/fabric/network.sh writes (or one of the same shape).</summary>
    public string? ConnectionProfile { get; set; }

    /// <summary>PerRecord (default) or Anchoring.</summary>
    public string? Mode { get; set; }

    /// <summary>The client's MSP (default: the profile's client.mspId).</summary>
    public string? MspId { get; set; }

    /// <summary>Anchoring mode: seconds between anchors (default 60).</summary>
    public int? AnchorIntervalSeconds { get; set; }

    /// <summary>"user" (default: the profile's client.identity) or "admin".</summary>
    public string? Identity { get; set; }
}

/// <summary>Validated <c>Ledger:Fabric</c> settings; a wrong value is refused with a message naming the key.</summary>
/// <param name="Profile">The connection profile.</param>
/// <param name="ProfilePath">Its full path.</param>
/// <param name="Mode">The mode.</param>
/// <param name="MspId">Client MSP.</param>
/// <param name="Identity">Client identity role.</param>
public sealed record FabricBackendSettings(FabricConnectionProfile Profile, string ProfilePath, FabricLedgerMode Mode, string MspId, string Identity)
{
    /// <summary>Anchoring mode: time between anchors.</summary>
    public TimeSpan AnchorInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Reads and checks the options; relative profile paths are resolved against <paramref name="baseDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">A missing or bad value; the message names the key.</exception>
    public static FabricBackendSettings Read(FabricBackendOptions options, string baseDirectory)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionProfile))
        {
            throw new InvalidOperationException("Ledger:Fabric:ConnectionProfile: not set (the connection.json of the Fabric network; deploy/fabric/network.sh up DIR writes DIR/connection.json)");
        }

        var mode = FabricLedgerMode.PerRecord;
        if (!string.IsNullOrWhiteSpace(options.Mode) && (!Enum.TryParse(options.Mode, true, out mode) || !Enum.IsDefined(mode) || char.IsDigit(options.Mode.Trim()[0])))
        {
            throw new InvalidOperationException($"Ledger:Fabric:Mode: '{options.Mode}' is not a mode: use PerRecord or Anchoring");
        }

        var path = Path.GetFullPath(options.ConnectionProfile, baseDirectory);
        FabricConnectionProfile profile;
        try
        {
            profile = FabricConnectionProfile.Load(path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Ledger:Fabric:ConnectionProfile: {path}: {e.Message}", e);
        }

        var msp = string.IsNullOrWhiteSpace(options.MspId) ? profile.ClientMspId : options.MspId;
        if (!profile.Organizations.ContainsKey(msp)) throw new InvalidOperationException($"Ledger:Fabric:MspId: '{msp}' is not an organisation of {path}");
        var identity = string.IsNullOrWhiteSpace(options.Identity) ? profile.ClientIdentity : options.Identity;
        if (!profile.Organizations[msp].Identities.ContainsKey(identity))
        {
            throw new InvalidOperationException($"Ledger:Fabric:Identity: '{identity}' is not an identity of {msp} in {path} (user or admin)");
        }

        if (options.AnchorIntervalSeconds is { } seconds && seconds <= 0)
        {
            throw new InvalidOperationException($"Ledger:Fabric:AnchorIntervalSeconds: '{seconds}' is not a positive whole number of seconds");
        }

        return new FabricBackendSettings(profile, path, mode, msp, identity) { AnchorInterval = TimeSpan.FromSeconds(options.AnchorIntervalSeconds ?? 60) };
    }

    /// <summary>Opens the registry as the configured identity.</summary>
    public FabricSigningRegistry OpenRegistry(FabricClientOptions? client = null, FabricRetryOptions? retry = null) =>
        FabricSigningRegistry.Open(Profile, MspId, Identity, client, retry);
}

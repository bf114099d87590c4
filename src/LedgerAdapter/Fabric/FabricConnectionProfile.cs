using System.Text.Json;

namespace RentToOwn.LedgerAdapter.Fabric;

/// <summary>
/// The client's view of a Fabric network, read from the <c>connection.json</c> that
/// <c>deploy/fabric/network.sh</c> writes (paths relative to the file's folder).
/// </summary>
public sealed class FabricConnectionProfile
{
    /// <summary>Channel name.</summary>
    public required string Channel { get; init; }

    /// <summary>Chaincode name.</summary>
    public required string Chaincode { get; init; }

    /// <summary>Contract name inside the chaincode (function names are prefixed "Contract:").</summary>
    public required string Contract { get; init; }

    /// <summary>Peers by name.</summary>
    public required IReadOnlyDictionary<string, FabricPeer> Peers { get; init; }

    /// <summary>Organisations by MSP id.</summary>
    public required IReadOnlyDictionary<string, FabricOrganization> Organizations { get; init; }

    /// <summary>The MSP id the client uses by default.</summary>
    public required string ClientMspId { get; init; }

    /// <summary>"user" or "admin": which identity of <see cref="ClientMspId"/> the client uses by default.</summary>
    public required string ClientIdentity { get; init; }

    /// <summary>Reads a profile file.</summary>
    /// <exception cref="InvalidDataException">A member is missing or a file it names does not exist.</exception>
    public static FabricConnectionProfile Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new FileNotFoundException($"Fabric connection profile {full} does not exist (network.sh up DIR writes DIR/connection.json)", full);
        var dir = Path.GetDirectoryName(full)!;
        using var doc = JsonDocument.Parse(File.ReadAllText(full));
        var root = doc.RootElement;
        string Str(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
                ? s : throw new InvalidDataException($"{full}: '{name}' is missing");
        string FilePath(JsonElement e, string name)
        {
            var p = Path.GetFullPath(Path.Combine(dir, Str(e, name)));
            return File.Exists(p) || Directory.Exists(p) ? p : throw new InvalidDataException($"{full}: {name} {p} does not exist");
        }

        var peers = new Dictionary<string, FabricPeer>();
        foreach (var p in root.GetProperty("peers").EnumerateObject())
        {
            peers[p.Name] = new FabricPeer(p.Name, Str(p.Value, "mspId"), Str(p.Value, "address"), FilePath(p.Value, "tlsRootCertFile"));
        }

        var orgs = new Dictionary<string, FabricOrganization>();
        foreach (var o in root.GetProperty("organizations").EnumerateObject())
        {
            var ids = new Dictionary<string, FabricIdentityFiles>();
            foreach (var role in new[] { "user", "admin" })
            {
                if (o.Value.TryGetProperty(role, out var r)) ids[role] = new FabricIdentityFiles(FilePath(r, "certFile"), FilePath(r, "keyDir"));
            }

            orgs[o.Name] = new FabricOrganization(o.Name, Str(o.Value, "peer"), ids);
        }

        var client = root.GetProperty("client");
        return new FabricConnectionProfile
        {
            Channel = Str(root, "channel"),
            Chaincode = Str(root, "chaincode"),
            Contract = root.TryGetProperty("contract", out var c) ? c.GetString() ?? "" : "",
            Peers = peers,
            Organizations = orgs,
            ClientMspId = Str(client, "mspId"),
            ClientIdentity = client.TryGetProperty("identity", out var i) ? i.GetString() ?? "user" : "user",
        };
    }

    /// <summary>The identity <paramref name="role"/> ("user"/"admin") of <paramref name="mspId"/> (default: the profile's client).</summary>
    public FabricIdentity LoadIdentity(string? mspId = null, string? role = null)
    {
        mspId ??= ClientMspId;
        role ??= ClientIdentity;
        if (!Organizations.TryGetValue(mspId, out var org) || !org.Identities.TryGetValue(role, out var files))
        {
            throw new InvalidDataException($"the connection profile has no '{role}' identity for {mspId}");
        }

        return FabricIdentity.Load(mspId, files.CertificateFile, files.KeyPath);
    }

    /// <summary>The peer of <paramref name="mspId"/> (default: the client's organisation), the gateway the client talks to.</summary>
    public FabricPeer GatewayPeer(string? mspId = null)
    {
        mspId ??= ClientMspId;
        return Organizations.TryGetValue(mspId, out var org) && Peers.TryGetValue(org.Peer, out var peer)
            ? peer : throw new InvalidDataException($"the connection profile has no peer for {mspId}");
    }
}

/// <summary>A peer: name (TLS host name), MSP id, host:port, TLS root CA file.</summary>
public sealed record FabricPeer(string Name, string MspId, string Address, string TlsRootCertFile);

/// <summary>An organisation: its gateway peer and its identities by role.</summary>
public sealed record FabricOrganization(string MspId, string Peer, IReadOnlyDictionary<string, FabricIdentityFiles> Identities);

/// <summary>An identity's certificate file and key file or keystore folder.</summary>
public sealed record FabricIdentityFiles(string CertificateFile, string KeyPath);

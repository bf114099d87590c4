using System.Globalization;
using System.Numerics;
using Nethereum.Signer;
using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// The validated <c>Ledger:Evm</c> section. Read at startup, so a wrong value stops the platform with a message naming
/// the key instead of failing at the first signature.
/// </summary>
public sealed class EvmLedgerSettings
{
    private EvmLedgerSettings(Uri rpcUrl, string? contractAddress, EthECKey key, bool testKey, EvmLedgerMode mode, PlatformEvmOptions raw)
    {
        RpcUrl = rpcUrl;
        ContractAddress = contractAddress;
        Key = key;
        Address = key.GetPublicAddress().ToLowerInvariant();
        UsesTestKey = testKey;
        Mode = mode;
        AnchorInterval = TimeSpan.FromSeconds(raw.AnchorIntervalSeconds);
        BytecodePath = string.IsNullOrWhiteSpace(raw.BytecodePath) ? null : raw.BytecodePath;
        Node = new EvmOptions
        {
            RpcUrl = rpcUrl,
            ContractAddress = contractAddress,
            GasPrice = raw.GasPrice,
            ReceiptTimeout = TimeSpan.FromSeconds(raw.ReceiptTimeoutSeconds),
        };
        RpcTimeout = TimeSpan.FromSeconds(raw.RpcTimeoutSeconds);
    }

    /// <summary>Node URL.</summary>
    public Uri RpcUrl { get; }

    /// <summary>Configured registry address (lower-case), or null to deploy/remember one.</summary>
    public string? ContractAddress { get; }

    /// <summary>The writer key.</summary>
    public EthECKey Key { get; }

    /// <summary>The writer account (lower-case 0x hex).</summary>
    public string Address { get; }

    /// <summary>Whether <see cref="Key"/> is the public ganache test key (Development default).</summary>
    public bool UsesTestKey { get; }

    /// <summary>Per record or anchoring.</summary>
    public EvmLedgerMode Mode { get; }

    /// <summary>Anchoring interval.</summary>
    public TimeSpan AnchorInterval { get; }

    /// <summary>Explicit bytecode file, if configured.</summary>
    public string? BytecodePath { get; }

    /// <summary>Options for LedgerAdapter's sender.</summary>
    public EvmOptions Node { get; }

    /// <summary>Timeout of one JSON-RPC request.</summary>
    public TimeSpan RpcTimeout { get; }

    /// <summary>Validates the section <c>Ledger:Evm</c>.</summary>
    /// <param name="section">The <c>Ledger:Evm</c> configuration section.</param>
    /// <param name="development">Whether the host runs in Development (only there is the test key a default).</param>
    /// <exception cref="InvalidOperationException">A value is missing or malformed; the message names the key.</exception>
    public static EvmLedgerSettings Read(IConfigurationSection section, bool development)
    {
        var raw = new PlatformEvmOptions();
        var url = section["RpcUrl"] is { Length: > 0 } u ? u : raw.RpcUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
        {
            throw Bad("RpcUrl", $"'{url}' is not an http(s) URL of a JSON-RPC node");
        }

        string? address = null;
        if (section["ContractAddress"] is { Length: > 0 } a)
        {
            if (!IsAddress(a)) throw Bad("ContractAddress", $"'{a}' is not an address (0x and 40 hex digits)");
            address = a.ToLowerInvariant();
        }

        var keyText = section["PrivateKey"];
        var testKey = string.IsNullOrWhiteSpace(keyText);
        if (testKey && !development)
        {
            throw Bad("PrivateKey", "no writer key configured (the ganache test key is a default in Development only)");
        }

        EthECKey key;
        try
        {
            var hex = testKey ? GanacheTestKey.PrivateKeyHex : keyText!.Trim();
            var bytes = Convert.FromHexString(hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex);
            var d = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
            if (bytes.Length != 32 || d.IsZero || d >= Secp256k1Order) throw new FormatException("not a scalar in [1, n-1]");
            key = new EthECKey(bytes, true);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw Bad("PrivateKey", "not a secp256k1 private key (64 hex digits)");
        }

        var modeText = section["Mode"];
        var mode = EvmLedgerMode.PerRecord;
        if (!string.IsNullOrWhiteSpace(modeText) && (!Enum.TryParse(modeText, true, out mode) || !Enum.IsDefined(mode) || char.IsDigit(modeText.Trim()[0])))
        {
            throw Bad("Mode", $"'{modeText}' is not a mode: use PerRecord or Anchoring");
        }

        raw.AnchorIntervalSeconds = Positive(section, "AnchorIntervalSeconds", raw.AnchorIntervalSeconds);
        raw.ReceiptTimeoutSeconds = Positive(section, "ReceiptTimeoutSeconds", raw.ReceiptTimeoutSeconds);
        raw.RpcTimeoutSeconds = Positive(section, "RpcTimeoutSeconds", raw.RpcTimeoutSeconds);
        raw.BytecodePath = section["BytecodePath"];
        if (section["GasPrice"] is { Length: > 0 } g)
        {
            raw.GasPrice = long.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var price) ? price : throw Bad("GasPrice", $"'{g}' is not a whole number of wei");
        }

        return new EvmLedgerSettings(rpc, address, key, testKey, mode, raw);
    }

    // n, the order of secp256k1's base point (SEC 2, section 2.4.1): a private key is in [1, n-1].
    private static readonly BigInteger Secp256k1Order = BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> is 0x followed by 40 hex digits.</summary>
    public static bool IsAddress(string text) =>
        text.Length == 42 && text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && text.AsSpan(2).ContainsAnyExcept("0123456789abcdefABCDEF") == false;

    private static int Positive(IConfigurationSection section, string key, int fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : throw Bad(key, $"'{text}' is not a positive whole number of seconds");
    }

    private static InvalidOperationException Bad(string key, string why) => new($"Ledger:Evm:{key}: {why}");
}

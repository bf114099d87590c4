using System.Text.Json;
using System.Text.Json.Nodes;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;

namespace RentToOwn.Eds.NcaLayer;

/// <summary>
/// The JSON messages NCALayer answers on its WebSocket, in the two shapes web pages use:
/// <list type="bullet">
/// <item><c>kz.gov.pki.knca.commonUtils</c> (legacy): <c>createCAdESFromBase64(storage, keyType, base64, attach)</c>,
/// <c>createCAdESFromBase64Hash(storage, keyType, base64Hash)</c>, <c>getActiveTokens()</c> →
/// <c>{"code":"200","responseObject":…}</c> or <c>{"code":"500","message":…}</c>;</item>
/// <item><c>kz.gov.pki.knca.basics</c> / <c>sign</c> with <c>format:"cms"</c>, <c>data</c> (string or array),
/// <c>signingParams{encapsulate, decode, digested, tsaProfile}</c>, <c>signerParams{extKeyUsageOids}</c> →
/// <c>{"status":true,"body":{"result":[…]}}</c> or <c>{"status":false,"code":"500","details":…}</c>.</item>
/// </list>
/// </summary>
public sealed class NcaLayerProtocol(KeyRing keys, CadesSigner signer, TimeProvider time, bool timestampAvailable)
{
    /// <summary>The greeting NCALayer sends when a page connects.</summary>
    public const string Greeting = """{"result":{"version":"1.4"}}""";

    /// <summary>Answers one request; never throws.</summary>
    public string Handle(string requestJson)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(requestJson) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException e)
        {
            return Legacy500("malformed request: " + e.Message);
        }

        var module = request["module"]?.GetValueKind() == JsonValueKind.String ? (string?)request["module"] : null;
        var method = request["method"]?.GetValueKind() == JsonValueKind.String ? (string?)request["method"] : null;
        try
        {
            return (module, method) switch
            {
                ("kz.gov.pki.knca.commonUtils", "createCAdESFromBase64") => LegacySign(request["args"] as JsonArray, digested: false),
                ("kz.gov.pki.knca.commonUtils", "createCAdESFromBase64Hash") => LegacySign(request["args"] as JsonArray, digested: true),
                ("kz.gov.pki.knca.commonUtils", "getActiveTokens") => new JsonObject { ["code"] = "200", ["responseObject"] = new JsonArray() }.ToJsonString(),
                ("kz.gov.pki.knca.basics", "sign") => BasicsSign(request["args"] as JsonObject),
                ("kz.gov.pki.knca.basics", _) => Basics500($"unknown method {method}"),
                _ => Legacy500($"unknown module/method {module}/{method}"),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or JsonException or TimestampException or NotSupportedException)
        {
            return module == "kz.gov.pki.knca.basics" ? Basics500(e.Message) : Legacy500(e.Message);
        }
    }

    private string LegacySign(JsonArray? args, bool digested)
    {
        if (args is null || args.Count < 3)
        {
            return Legacy500("args: [storage, keyType, base64, attach]");
        }

        var keyType = (string?)args[1] ?? "";
        KeyPurpose? purpose = keyType.ToUpperInvariant() switch
        {
            "SIGNATURE" or "SIGN" => KeyPurpose.Signing,
            "AUTHENTICATION" or "AUTH" => KeyPurpose.Authentication,
            "" => null,
            _ => throw new ArgumentException($"unknown keyType {keyType}"),
        };
        var data = Convert.FromBase64String((string?)args[2] ?? throw new ArgumentException("no data"));
        var attach = !digested && args.Count > 3 && args[3]?.GetValueKind() == JsonValueKind.True;
        var key = keys.Choose(purpose, [], time.GetUtcNow()) ?? throw new InvalidOperationException("no key matches the request");
        var cms = digested ? SignDigest(data, key, false) : signer.Sign(data, key.Key, new CadesSignOptions(attach));
        return new JsonObject { ["code"] = "200", ["responseObject"] = Convert.ToBase64String(cms) }.ToJsonString();
    }

    private string BasicsSign(JsonObject? args)
    {
        if (args is null)
        {
            return Basics500("args must be an object");
        }

        if (((string?)args["format"] ?? "cms") != "cms")
        {
            return Basics500($"format {(string?)args["format"]} is not supported (cms only)");
        }

        var signing = args["signingParams"] as JsonObject ?? [];
        var encapsulate = Flag(signing, "encapsulate");
        var decode = Flag(signing, "decode");
        var digested = Flag(signing, "digested");
        var timestamp = signing["tsaProfile"] is not null && timestampAvailable;
        var oids = (args["signerParams"] as JsonObject)?["extKeyUsageOids"] is JsonArray list
            ? list.Select(o => (string?)o ?? "").Where(o => o.Length > 0).ToArray()
            : [];
        KeyPurpose? purpose = oids.Contains(KzOids.EkuAuthentication) ? KeyPurpose.Authentication
            : oids.Contains(KzOids.EkuSigning) ? KeyPurpose.Signing : null;
        var key = keys.Choose(purpose, oids, time.GetUtcNow()) ?? throw new InvalidOperationException("no key matches signerParams");

        var items = args["data"] switch
        {
            JsonArray array => array.Select(d => (string?)d ?? throw new ArgumentException("data items must be strings")).ToArray(),
            JsonValue value when value.GetValueKind() == JsonValueKind.String => [(string)value!],
            _ => throw new ArgumentException("data must be a string or an array of strings"),
        };
        var result = new JsonArray();
        foreach (var item in items)
        {
            var bytes = decode || digested ? Convert.FromBase64String(item) : System.Text.Encoding.UTF8.GetBytes(item);
            var cms = digested ? SignDigest(bytes, key, timestamp) : signer.Sign(bytes, key.Key, new CadesSignOptions(encapsulate, timestamp));
            result.Add(Convert.ToBase64String(cms));
        }

        return new JsonObject { ["status"] = true, ["body"] = new JsonObject { ["result"] = result } }.ToJsonString();
    }

    private byte[] SignDigest(byte[] digest, SignerKey key, bool timestamp)
    {
        var expected = key.Algorithm == KeyAlgorithm.Gost ? 64 : 32;
        if (digest.Length != expected)
        {
            throw new ArgumentException($"a {key.Algorithm} key needs a {expected}-byte {(key.Algorithm == KeyAlgorithm.Gost ? "Streebog-512" : "SHA-256")} digest");
        }

        return signer.SignDigest(digest, key.Key, timestamp);
    }

    private static bool Flag(JsonObject o, string name) => o[name]?.GetValueKind() == JsonValueKind.True;

    private static string Legacy500(string message) => new JsonObject { ["code"] = "500", ["message"] = message }.ToJsonString();

    private static string Basics500(string details) => new JsonObject { ["status"] = false, ["code"] = "500", ["details"] = details }.ToJsonString();
}

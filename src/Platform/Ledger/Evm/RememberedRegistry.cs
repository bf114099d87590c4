using System.Text.Json;

namespace RentToOwn.Platform.Ledger.Evm;

/// <summary>
/// The SigningRegistry the platform deployed on first start, remembered in <c>evm-contract.json</c> in the ledger
/// folder so later starts use the same contract.
/// </summary>
/// <param name="ChainId">EIP-155 chain id of the node it was deployed on.</param>
/// <param name="Contract">Its address.</param>
/// <param name="Deployer">The deploying (owner and writer) account.</param>
/// <param name="TransactionHash">The deployment transaction.</param>
/// <param name="BlockNumber">Its block.</param>
public sealed record RememberedRegistry(long ChainId, string Contract, string Deployer, string TransactionHash, long BlockNumber)
{
    /// <summary>File name in the ledger folder.</summary>
    public const string FileName = "evm-contract.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Reads the file, or null when there is none.</summary>
    /// <exception cref="InvalidOperationException">The file exists but is not what this class writes.</exception>
    public static RememberedRegistry? Read(string ledgerDirectory)
    {
        var path = Path.Combine(ledgerDirectory, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            var r = JsonSerializer.Deserialize<RememberedRegistry>(File.ReadAllText(path), Json);
            return r is not null && EvmLedgerSettings.IsAddress(r.Contract) ? r : throw new JsonException("no contract address");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path} is not a remembered SigningRegistry ({e.Message}): delete it to deploy a new one, or set Ledger:Evm:ContractAddress");
        }
    }

    /// <summary>Writes the file (atomically: temp file, then rename).</summary>
    public void Write(string ledgerDirectory)
    {
        var path = Path.Combine(ledgerDirectory, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}

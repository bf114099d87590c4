namespace RentToOwn.Cli.Demo;

/// <summary>Which ledger backend the in-process platform of <c>rto demo</c> uses.</summary>
/// <param name="Evm">Whether <c>Ledger:Backend=Evm</c> (else the embedded log).</param>
/// <param name="RpcUrl">The EVM node (ganache locally), when <paramref name="Evm"/>.</param>
/// <param name="Anchoring">Evm: checkpoint anchoring (every 2 s in the demo) instead of one transaction per record.</param>
/// <param name="FabricProfile">Fabric (per record): the network's connection.json (deploy/fabric/network.sh up DIR).</param>
public sealed record DemoLedger(bool Evm, Uri? RpcUrl, bool Anchoring = false, string? FabricProfile = null)
{
    /// <summary>The embedded default.</summary>
    public static DemoLedger Embedded { get; } = new(false, null);

    /// <summary>The platform configuration this selects (command-line form).</summary>
    public IEnumerable<string> Arguments() => FabricProfile is not null
        ? ["--Ledger:Backend=Fabric", $"--Ledger:Fabric:ConnectionProfile={FabricProfile}"]
        : !Evm
        ? ["--Ledger:Backend=Embedded"]
        : Anchoring
            ? ["--Ledger:Backend=Evm", $"--Ledger:Evm:RpcUrl={RpcUrl}", "--Ledger:Evm:Mode=Anchoring", "--Ledger:Evm:AnchorIntervalSeconds=2", "--Scheduling:Enabled=true"]
            : ["--Ledger:Backend=Evm", $"--Ledger:Evm:RpcUrl={RpcUrl}", "--Ledger:Evm:Mode=PerRecord"];

    /// <summary>Short name for the log.</summary>
    public override string ToString() => FabricProfile is not null ? $"fabric (per record, {FabricProfile})" : !Evm ? "embedded" : $"evm ({(Anchoring ? "anchoring" : "per record")}, {RpcUrl})";
}

using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Platform.Ledger;

/// <summary>The backend chosen by <c>Ledger:Backend</c>, with the validated EVM settings when it is Evm.</summary>
/// <param name="Backend">Embedded or Evm.</param>
/// <param name="Evm">The <c>Ledger:Evm</c> settings (null for Embedded).</param>
public sealed record LedgerSelection(LedgerBackend Backend, EvmLedgerSettings? Evm)
{
    /// <summary>The <c>Ledger:Fabric</c> settings (null unless the backend is Fabric).</summary>
    public RentToOwn.LedgerAdapter.Fabric.FabricBackendSettings? Fabric { get; init; }

    /// <summary>Reads and validates <c>Ledger:Backend</c> and, for Evm, <c>Ledger:Evm</c>.</summary>
    /// <exception cref="InvalidOperationException">An unknown backend or a bad EVM value; the message names the key.</exception>
    public static LedgerSelection Read(IConfiguration configuration, bool development)
    {
        var section = configuration.GetSection(LedgerOptions.Section);
        var text = section[nameof(LedgerOptions.Backend)];
        var backend = LedgerBackend.Embedded;
        if (!string.IsNullOrWhiteSpace(text) && (!Enum.TryParse(text, true, out backend) || !Enum.IsDefined(backend) || char.IsDigit(text.Trim()[0])))
        {
            throw new InvalidOperationException($"Ledger:Backend: '{text}' is not a ledger backend: use Embedded, Evm or Fabric");
        }

        return new LedgerSelection(backend, backend == LedgerBackend.Evm ? EvmLedgerSettings.Read(section.GetSection("Evm"), development) : null)
        {
            Fabric = backend == LedgerBackend.Fabric
                ? RentToOwn.LedgerAdapter.Fabric.FabricBackendSettings.Read(section.GetSection("Fabric").Get<RentToOwn.LedgerAdapter.Fabric.FabricBackendOptions>() ?? new(), Directory.GetCurrentDirectory())
                : null,
        };
    }
}

using RentToOwn.Platform.Ledger.Evm;

namespace RentToOwn.Platform.Ledger;

/// <summary>The backend chosen by <c>Ledger:Backend</c>, with the validated EVM settings when it is Evm.</summary>
/// <param name="Backend">Embedded or Evm.</param>
/// <param name="Evm">The <c>Ledger:Evm</c> settings (null for Embedded).</param>
public sealed record LedgerSelection(LedgerBackend Backend, EvmLedgerSettings? Evm)
{
    /// <summary>Reads and validates <c>Ledger:Backend</c> and, for Evm, <c>Ledger:Evm</c>.</summary>
    /// <exception cref="InvalidOperationException">An unknown backend or a bad EVM value; the message names the key.</exception>
    public static LedgerSelection Read(IConfiguration configuration, bool development)
    {
        var section = configuration.GetSection(LedgerOptions.Section);
        var text = section[nameof(LedgerOptions.Backend)];
        var backend = LedgerBackend.Embedded;
        if (!string.IsNullOrWhiteSpace(text) && (!Enum.TryParse(text, true, out backend) || !Enum.IsDefined(backend) || char.IsDigit(text.Trim()[0])))
        {
            throw new InvalidOperationException($"Ledger:Backend: '{text}' is not a ledger backend: use Embedded or Evm");
        }

        return new LedgerSelection(backend, backend == LedgerBackend.Evm ? EvmLedgerSettings.Read(section.GetSection("Evm"), development) : null);
    }
}

using RentToOwn.Kadastr.Simulator.Faults;

namespace RentToOwn.Kadastr.Simulator;

/// <summary>Configuration of the simulator (section <c>Kadastr:Simulator</c>).</summary>
public sealed class SimulatorOptions
{
    /// <summary>SQLite file; null keeps the state in memory.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>Seed JSON file; null uses the built-in seed.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Address to listen on (default 127.0.0.1).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>Port (0 = any free port).</summary>
    public int Port { get; set; }

    /// <summary>A.38: the registrar decides this long after the application is complete (fee confirmed).</summary>
    public TimeSpan ProcessingDelay { get; set; }

    /// <summary>BIN of the First Credit Bureau, addressee of A.37 notices.</summary>
    public string FirstCreditBureauBin { get; set; } = "100540100004";

    /// <summary>If set, every call must carry <c>authorization: Bearer {token}</c> (else UNAUTHENTICATED).</summary>
    public string? AuthToken { get; set; }

    /// <summary>Folder of trusted NCA root and intermediate certificates (*.cer/*.crt/*.pem) for signature checks.</summary>
    public string? TrustDirectory { get; set; }

    /// <summary>Folder of CRLs for revocation checks (defaults to <see cref="TrustDirectory"/>).</summary>
    public string? CrlDirectory { get; set; }

    /// <summary>Largest request message accepted (applications carry PDFs): 64 MiB by default.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Fault injection.</summary>
    public FaultOptions Faults { get; set; } = new();
}

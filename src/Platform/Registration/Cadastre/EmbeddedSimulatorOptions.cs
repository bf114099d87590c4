namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>Configuration section <c>Kadastr:Embedded</c>: the in-process simulator of the embedded defaults.</summary>
public sealed class EmbeddedSimulatorOptions
{
    /// <summary>The simulator's SQLite state, relative to the data directory.</summary>
    public string DatabasePath { get; set; } = "kadastr/simulator.db";

    /// <summary>A seed JSON file instead of the built-in seed plus the demo flat and the PKI's demo persons.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Trusted roots for the simulator's signature checks; empty: the platform's own EDS trust (test PKI).</summary>
    public string? TrustDirectory { get; set; }

    /// <summary>A.38: the simulated registrar decides this long after the application is complete.</summary>
    public TimeSpan ProcessingDelay { get; set; }
}

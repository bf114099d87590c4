namespace RentToOwn.Platform.Registration.Cadastre;

/// <summary>Configuration section <c>Kadastr</c>: how the platform reaches ЖМБМК АЖ.</summary>
public sealed class KadastrOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Kadastr";

    /// <summary>The cadastre's gRPC endpoint (e.g. <c>https://kadastr.example.kz:443</c>); empty: the embedded simulator on its own 127.0.0.1 port.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Bearer token sent to the cadastre, if it requires one.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The gateway's outbox (SQLite), relative to the data directory.</summary>
    public string OutboxPath { get; set; } = "kadastr/outbox.db";

    /// <summary>Per-call deadline towards the cadastre.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often pending cadastre calls (fee confirmations) are retried.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The embedded simulator (only when <see cref="Endpoint"/> is empty).</summary>
    public EmbeddedSimulatorOptions Embedded { get; set; } = new();
}

using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RentToOwn.Platform.Telemetry;

/// <summary>
/// The platform's meters and its trace source, in one place. Recorded from the pipeline's single points: signatures
/// (<c>Signing/SignatureAcceptance</c>), ledger appends (<c>Signing/LedgerRecorder</c>), the cadastre outbox
/// (<c>Registration/Cadastre/CadastreConnection</c>), A.38 deadlines (<c>Registration/Deadlines</c>), payment callbacks
/// and video sessions. Exported at <c>/metrics</c> (Prometheus) and over OTLP (<see cref="TelemetryExtensions"/>).
/// </summary>
public sealed class PlatformMetrics
{
    /// <summary>Meter name.</summary>
    public const string MeterName = "RentToOwn.Platform";

    /// <summary>The platform's spans (signature acceptance, ledger append, cadastre submission).</summary>
    public static readonly ActivitySource Source = new(MeterName);

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _refused;
    private readonly Histogram<double> _ledgerAppend;
    private readonly Counter<long> _callbacks;
    private readonly Counter<long> _videoSessions;
    private long _deadlinesAtRisk;
    private long _deadlinesBreached;
    private Func<(long Depth, double OldestSeconds)>? _outbox;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    public PlatformMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _accepted = meter.CreateCounter<long>("rto.signatures.accepted", "{signature}", "Signatures verified and recorded on the ledger, by ledger kind");
        _refused = meter.CreateCounter<long>("rto.signatures.refused", "{signature}", "Signatures refused by verification, by reason");
        _ledgerAppend = meter.CreateHistogram<double>("rto.ledger.append.duration", "s", "Ledger append with receipt, as the platform waits for it");
        _callbacks = meter.CreateCounter<long>("rto.payments.callbacks", "{callback}", "Payment provider callbacks, by HTTP status answered");
        _videoSessions = meter.CreateCounter<long>("rto.video_sessions.events", "{event}", "Video sessions scheduled, joined, verdicts signed (A.21, A.30)");
        meter.CreateObservableGauge("rto.cadastre.outbox.depth", () => _outbox?.Invoke().Depth ?? 0, "{application}", "Cadastre submissions not yet decided (pending or sent)");
        meter.CreateObservableGauge("rto.cadastre.outbox.oldest_age", () => _outbox?.Invoke().OldestSeconds ?? 0, "s", "Age of the oldest undecided cadastre submission");
        meter.CreateObservableGauge("rto.registration.deadlines.at_risk", () => Volatile.Read(ref _deadlinesAtRisk), "{application}", "A.38: undecided registrations due within the risk window, at the monitor's last run");
        meter.CreateObservableGauge("rto.registration.deadlines.breached", () => Volatile.Read(ref _deadlinesBreached), "{application}", "A.38: undecided registrations past their due instant, at the monitor's last run");
    }

    /// <summary>A signature passed verification and went to the ledger.</summary>
    public void SignatureAccepted(string kind) => _accepted.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A signature was refused (<paramref name="reason"/>: verification, signer, organisation).</summary>
    public void SignatureRefused(string reason) => _refused.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>One ledger append took <paramref name="elapsed"/>.</summary>
    public void LedgerAppended(string kind, TimeSpan elapsed) => _ledgerAppend.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A payment callback was answered with <paramref name="status"/>.</summary>
    public void PaymentCallback(int status) => _callbacks.Add(1, new KeyValuePair<string, object?>("status", status));

    /// <summary>A video session event: <c>scheduled</c>, <c>joined</c>, <c>verdict</c>.</summary>
    public void VideoSession(string what) => _videoSessions.Add(1, new KeyValuePair<string, object?>("event", what));

    /// <summary>The A.38 monitor's last counts.</summary>
    public void Deadlines(long atRisk, long breached)
    {
        Volatile.Write(ref _deadlinesAtRisk, atRisk);
        Volatile.Write(ref _deadlinesBreached, breached);
    }

    /// <summary>Where the outbox gauges read from (the cadastre connection, once started).</summary>
    public void ObserveOutbox(Func<(long Depth, double OldestSeconds)> read) => _outbox = read;
}

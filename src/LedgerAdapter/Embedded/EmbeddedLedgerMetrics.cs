using System.Diagnostics.Metrics;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>The embedded log's meter (<c>RentToOwn.LedgerAdapter</c>): records per group commit.</summary>
public static class EmbeddedLedgerMetrics
{
    /// <summary>Meter name, for a metrics pipeline to listen to.</summary>
    public const string MeterName = "RentToOwn.LedgerAdapter";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Records per committed batch (the writer takes every waiting append, up to the configured maximum).</summary>
    public static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>("rto.ledger.batch.size", "{record}", "Records per group commit of the embedded log");
}

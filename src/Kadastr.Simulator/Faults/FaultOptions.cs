namespace RentToOwn.Kadastr.Simulator.Faults;

/// <summary>Fault injection (configuration section <c>Kadastr:Simulator:Faults</c>).</summary>
public sealed class FaultOptions
{
    /// <summary>Added latency before every call is handled.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Share of calls (0..1) answered UNAVAILABLE without doing anything.</summary>
    public double UnavailableRate { get; set; }

    /// <summary>Share of state-changing calls (0..1) that commit, then lose the reply (the client sees UNAVAILABLE).</summary>
    public double DropReplyRate { get; set; }

    /// <summary>Seed of the fault dice, for reproducible runs; null for a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>Checks the rates are probabilities.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside 0..1 or the latency is negative.</exception>
    public void Validate()
    {
        if (UnavailableRate is < 0 or > 1 || double.IsNaN(UnavailableRate))
        {
            throw new ArgumentOutOfRangeException(nameof(UnavailableRate), UnavailableRate, "must be between 0 and 1");
        }

        if (DropReplyRate is < 0 or > 1 || double.IsNaN(DropReplyRate))
        {
            throw new ArgumentOutOfRangeException(nameof(DropReplyRate), DropReplyRate, "must be between 0 and 1");
        }

        if (Latency < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Latency), Latency, "must not be negative");
        }
    }
}

namespace RentToOwn.Fuzz.Tests.Engine;

/// <summary>
/// How much to fuzz. The default run (the README's test command) is the quick mode: 100,000 inputs across all targets.
/// <c>RTO_FUZZ_SCALE=N</c> multiplies every target's count (the larger mode); <c>RTO_FUZZ_SEED=S</c> replays or explores
/// another seed (the default seed is fixed, so the default run is reproducible).
/// </summary>
public static class FuzzSettings
{
    /// <summary>The seed every target derives its own from.</summary>
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_SEED"), out var s) ? s : 20261206;

    /// <summary>Multiplier of every target's input count.</summary>
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_SCALE"), out var n) && n > 0 ? n : 1;

    /// <summary>The longest one input may take before the run fails as a hang (generous: 2 cores shared with other test assemblies).</summary>
    public static TimeSpan PerInputCap { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_INPUT_SECONDS"), System.Globalization.CultureInfo.InvariantCulture, out var c) && c > 0 ? c : 5);

    /// <summary>The number of inputs of a target whose quick-mode count is <paramref name="quick"/>.</summary>
    public static int Count(int quick) => quick * Scale;
}

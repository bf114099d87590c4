namespace RentToOwn.Bench.Platform;

/// <summary>Suite options (<c>--name value</c>) and percentiles shared by the hosted-platform suites.</summary>
public static class Options
{
    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name) return args[i + 1];
        }

        return null;
    }

    /// <summary>A positive integer option, or null when absent.</summary>
    /// <exception cref="ArgumentException">The value is not a positive integer.</exception>
    public static int? Int(IReadOnlyList<string> args, string name) =>
        Value(args, name) is { } v ? int.TryParse(v, out var n) && n > 0 ? n : throw new ArgumentException($"{name} {v}: use a positive number") : null;

    /// <summary>Nearest-rank percentile of sorted values, rounded to 0.1.</summary>
    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}

using System.Diagnostics;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Engine;

/// <summary>
/// Runs <c>count</c> inputs through a check on a worker thread while a watchdog measures each input: a check that
/// throws, breaks its property, or takes longer than <see cref="FuzzSettings.PerInputCap"/> fails the run, naming the
/// target, the seed and the input number (rerun with <c>RTO_FUZZ_SEED</c> to reproduce).
/// </summary>
public static class FuzzRun
{
    /// <summary>
    /// Runs the inputs <paramref name="generate"/> makes (in order, from the seeded mutator) through <paramref name="check"/>, which
    /// answers <c>null</c> when the property holds, else what is wrong. With <c>RTO_FUZZ_INPUT=N</c> only input N is checked
    /// (the earlier ones are still generated, so it is the same input): the way to replay a failure under a debugger.
    /// </summary>
    public static void Execute<T>(string target, int seed, int count, Func<int, T> generate, Func<T, string?> check, ITestOutputHelper output, Tally tally)
    {
        var only = int.TryParse(Environment.GetEnvironmentVariable("RTO_FUZZ_INPUT"), out var n) ? n : -1;
        var current = -1;
        var started = Stopwatch.GetTimestamp();
        var inputStarted = started;
        var failures = new List<string>();
        var longest = TimeSpan.Zero;
        var worker = new Thread(() =>
        {
            for (var i = 0; i < count && failures.Count < 10; i++)
            {
                Volatile.Write(ref inputStarted, Stopwatch.GetTimestamp());
                T input;
                try
                {
                    input = generate(i);
                }
                catch (Exception e)
                {
                    lock (failures) failures.Add($"input #{i}: the generator threw {e.GetType().Name}: {e.Message}");
                    break;
                }

                if (only >= 0 && i != only) continue;
                Volatile.Write(ref inputStarted, Stopwatch.GetTimestamp());
                Volatile.Write(ref current, i);
                string? problem;
                try
                {
                    problem = check(input);
                }
                catch (Exception e)
                {
                    problem = $"threw {e.GetType().FullName}: {e.Message}";
                }

                var took = Stopwatch.GetElapsedTime(Volatile.Read(ref inputStarted));
                if (took > longest) longest = took;
                if (took > FuzzSettings.PerInputCap) problem ??= $"took {took.TotalMilliseconds:0} ms (cap {FuzzSettings.PerInputCap.TotalMilliseconds:0} ms)";
                if (problem is not null) lock (failures) failures.Add($"input #{i}: {problem}");
            }

            Volatile.Write(ref current, count);
        }, maxStackSize: 16 * 1024 * 1024) { IsBackground = true, Name = "fuzz-" + target };
        worker.Start();

        // The watchdog: an input that runs past the cap (a hang) fails the run without waiting for it.
        while (!worker.Join(TimeSpan.FromMilliseconds(200)))
        {
            var running = Stopwatch.GetElapsedTime(Volatile.Read(ref inputStarted));
            if (running > FuzzSettings.PerInputCap * 2)
            {
                Assert.Fail($"{target}: input #{Volatile.Read(ref current)} still running after {running.TotalSeconds:0.0} s (seed {seed}; RTO_FUZZ_SEED={FuzzSettings.Seed} RTO_FUZZ_INPUT={Volatile.Read(ref current)} replays it)");
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"{target}: {count} inputs in {elapsed.TotalSeconds:0.0} s (longest {longest.TotalMilliseconds:0} ms), seed {seed}; {tally}");
        Assert.True(failures.Count == 0,
            $"{target}: {failures.Count} failing input(s), seed {seed} (RTO_FUZZ_SEED={FuzzSettings.Seed}, RTO_FUZZ_SCALE={FuzzSettings.Scale}; RTO_FUZZ_INPUT=N replays input N):\n" + string.Join("\n", failures));
    }
}

/// <summary>How many inputs ended in each outcome (shown in the test output, so a run that only ever hits one path is visible).</summary>
public sealed class Tally
{
    private readonly Dictionary<string, int> _counts = [];

    /// <summary>Counts one input under <paramref name="outcome"/>.</summary>
    public void Add(string outcome)
    {
        lock (_counts) _counts[outcome] = _counts.GetValueOrDefault(outcome) + 1;
    }

    /// <summary>The count under <paramref name="outcome"/>.</summary>
    public int this[string outcome] { get { lock (_counts) return _counts.GetValueOrDefault(outcome); } }

    /// <summary>The number of distinct outcomes.</summary>
    public int Distinct { get { lock (_counts) return _counts.Count; } }

    /// <inheritdoc />
    public override string ToString()
    {
        lock (_counts) return string.Join(", ", _counts.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key}: {kv.Value}"));
    }
}

using System.Text;
using RentToOwn.Domain.Identity;
using RentToOwn.Fuzz.Tests.Engine;
using RentToOwn.Tests.Shared;
using RentToOwn.Platform.Recipients;
using Xunit.Abstractions;

namespace RentToOwn.Fuzz.Tests.Targets;

/// <summary>Mutated akimat recipient lists (A.5–A.6) through <see cref="RecipientCsvParser"/>.</summary>
public sealed class RecipientCsvFuzzTests(ITestOutputHelper output)
{
    private static readonly string Iin1 = ValidIin("9003153001");
    private static readonly string Iin2 = ValidIin("9207044001");
    private static readonly string Iin3 = ValidIin("8501123001");

    private static readonly byte[][] Seeds =
    [
        Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{Iin1},Askarov Arman,+77011234567,budget\n{Iin2},\"Serikova, Aigul\",87021234567,vulnerable\n"),
        Encoding.UTF8.GetBytes($"\uFEFFfull_name;iin;category;phone\r\n\"Ахметов Ерлан\";{Iin3};budget;+7 (701) 765-43-21\r\n"),
        Encoding.UTF8.GetBytes($"iin,full_name,phone,category\n{Iin1},A,+77011234567,budget\n{Iin1},B,+77011234568,budget\n,,,\n"),
    ];

    // A valid IIN (control digit computed) from its first ten digits.
    private static string ValidIin(string first10) =>
        Enumerable.Range(0, 10).Select(d => first10 + d).Select(s => ControlDigit.Compute(s) is { } c ? s + c : null).First(s => s is not null)!;

    [Fact]
    public void Mutated_csv_gives_rows_or_errors_with_a_reason_never_a_crash_or_hang()
    {
        var seed = FuzzSettings.Seed ^ 0xC5F;
        var mutator = new Mutator(seed);
        var parser = new RecipientCsvParser();
        var tally = new Tally();
        FuzzRun.Execute("csv", seed, FuzzSettings.Count(20_000), i => mutator.MutateText(Seeds[i % Seeds.Length], Seeds[(i + 1) % Seeds.Length]), bytes =>
        {
            var result = parser.Parse(bytes);
            tally.Add(result.IsValid ? "valid" : result.Rows.Count > 0 ? "rows-with-errors" : "refused");
            if (result.Errors.Any(e => string.IsNullOrWhiteSpace(e.Message))) return "an error without a message";
            if (result.Errors.Any(e => e.Line < 0)) return "an error on a negative line";
            if (result.IsValid && result.Rows.Any(r => !Iin.TryParse(r.Iin, out _, out _))) return "accepted a row with an invalid IIN";
            if (result.IsValid && result.Rows.Select(r => r.Iin).Distinct().Count() != result.Rows.Count) return "accepted a duplicate IIN";
            return result.Rows.Count > RecipientCsvParser.MaxRows ? "more rows than the limit" : null;
        }, output, tally);
        Assert.True(tally["valid"] > 0 && tally["refused"] > 0, tally.ToString());
    }

    [Fact]
    public void The_seeds_parse_as_the_property_expects()
    {
        var parser = new RecipientCsvParser();
        Assert.True(parser.Parse(Seeds[0]).IsValid);
        Assert.True(parser.Parse(Seeds[1]).IsValid);
        var duplicate = parser.Parse(Seeds[2]);
        Assert.False(duplicate.IsValid);
        Assert.All(duplicate.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }
}

using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using RentToOwn.Cli.Commands;

namespace RentToOwn.Cli.Tests;

public class LeaseCommandTests
{
    private static readonly string[] Issue = ["--price", "25000000", "--rate", "3.1", "--months", "240", "--start", "2026-01-15"];

    [Fact]
    public void ScheduleJson_HasTheIssueShape_AndValues()
    {
        // Issue 2 §7 JSON shape; "Done when": 240 rows, 139,904.22, purchase parts sum to 25,000,000.00.
        var (code, output, _) = CliRunner.Run(LeaseCommand.Create(), ["schedule", .. Issue, "--format", "json"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["monthlyPayment", "rows", "totals"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("monthlyPayment").ValueKind);
        Assert.Equal(139_904.22m, root.GetProperty("monthlyPayment").GetDecimal());

        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(240, rows.Count);
        Assert.Equal(["n", "date", "payment", "rent", "purchase", "remaining"], rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, rows[0].GetProperty("n").GetInt32());
        Assert.Equal("2026-02-15", rows[0].GetProperty("date").GetString());
        Assert.Equal(64_583.33m, rows[0].GetProperty("rent").GetDecimal());
        Assert.Equal(0m, rows[^1].GetProperty("remaining").GetDecimal());
        Assert.Equal(25_000_000.00m, rows.Sum(r => r.GetProperty("purchase").GetDecimal()));

        var totals = root.GetProperty("totals");
        Assert.Equal(["payments", "rent", "purchase"], totals.EnumerateObject().Select(p => p.Name));
        Assert.Equal(25_000_000.00m, totals.GetProperty("purchase").GetDecimal());
        Assert.Equal(33_577_014.20m, totals.GetProperty("payments").GetDecimal());
    }

    [Fact]
    public void ScheduleCsv()
    {
        var (code, output, _) = CliRunner.Run(LeaseCommand.Create(), ["schedule", .. Issue, "--format", "csv"]);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(241, lines.Length);
        Assert.Equal("n,date,payment,rent,purchase,remaining", lines[0]);
        Assert.Equal("1,2026-02-15,139904.22,64583.33,75320.89,24924679.11", lines[1]);
        Assert.Equal("240,2046-01-15,139905.62,360.49,139545.13,0.00", lines[240]);
    }

    [Fact]
    public void DownPayment_AndDefaults()
    {
        // Defaults: rate 3.1, 240 months. 5,000,000 down → 20,000,000 financed → 111,923.38 (see Domain tests).
        var (code, output, _) = CliRunner.Run(LeaseCommand.Create(), "schedule", "--price", "25000000", "--down", "5000000", "--start", "2026-01-15");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(111_923.38m, doc.RootElement.GetProperty("monthlyPayment").GetDecimal());
        Assert.Equal(20_000_000m, doc.RootElement.GetProperty("totals").GetProperty("purchase").GetDecimal());
    }

    [Theory]
    [InlineData("--price", "-1", "price must be positive")]
    [InlineData("--price", "0", "price must be positive")]
    [InlineData("--price", "1000.001", "more than 2 decimals")]
    [InlineData("--price", "abc", "is not an amount")]
    [InlineData("--down", "25000000", "must be less than the price")]
    [InlineData("--down", "-1", "down payment must not be negative")]
    [InlineData("--months", "241", "term must be 1 to 240 months")]
    [InlineData("--months", "0", "term must be 1 to 240 months")]
    [InlineData("--rate", "-1", "annual rate must be between 0 and 30")]
    [InlineData("--rate", "31", "annual rate must be between 0 and 30")]
    [InlineData("--start", "2026-02-30", "not a date")]
    public void BadInput_Exit1_WithReason(string option, string value, string message)
    {
        var args = new Dictionary<string, string> { ["--price"] = "25000000", ["--start"] = "2026-01-15", ["--months"] = "240" };
        args[option] = value;
        var (code, output, error) = CliRunner.Run(LeaseCommand.Create(), ["schedule", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("schedule", "--start", "2026-01-15")] // no --price
    [InlineData("schedule", "--price", "1", "--start", "2026-01-15", "--format", "xml")]
    [InlineData("schedule", "--price", "1", "--start", "2026-01-15", "--months", "twelve")]
    public void UsageErrors_AreRejected(params string[] args) => Assert.NotEqual(0, CliRunner.Run(LeaseCommand.Create(), args).Code);

    [Fact]
    public void Buyout_Quote()
    {
        var (code, output, _) = CliRunner.Run(LeaseCommand.Create(), ["buyout", .. Issue, "--on", "2026-03-01"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(24_956_873.49m, doc.RootElement.GetProperty("total").GetDecimal()); // 24,924,679.11 + 32,194.38
        Assert.Equal(1, CliRunner.Run(LeaseCommand.Create(), ["buyout", .. Issue, "--on", "2025-12-31"]).Code);
    }

    [Fact]
    public void Taxes_WithIncome_FlagsHousingAid()
    {
        var (code, output, _) = CliRunner.Run(LeaseCommand.Create(), ["taxes", .. Issue, "--income", "600000"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(71_600m, doc.RootElement.GetProperty("years")[0].GetProperty("annualTax").GetDecimal());
        Assert.True(doc.RootElement.GetProperty("affordability").GetProperty("exceedsHousingAidThreshold").GetBoolean());
        Assert.Equal(1, CliRunner.Run(LeaseCommand.Create(), ["taxes", .. Issue, "--income", "0"]).Code);
    }

    private static string[] DraftArgs(string output) =>
    [
        "draft", .. Issue, "--number", "RTO-2026-0001", "--cadastral", "21:320:045:123:1:17", "--address", "г. Астана, ул. Бейбітшілік, 14, кв. 17",
        "--total-area", "62.5", "--living-area", "38.2", "--rooms", "2",
        "--tenant-name", "Әбілқасымова Гүлнұр Серікқызы", "--tenant-iin", "650615400014",
        "--spouse-name", "Әбілқасымов Ержан", "--spouse-iin", "850101300124",
        "--guarantor", "Нұрланов Жаһанша=040515500018", "--guarantor", "ТОО «Құрылыс»=101041000058",
        "--ktk-bin", "070540006346", "--out", output,
    ];

    [Fact]
    public void Draft_TwiceIdentical_AndSameAsAnotherProcessInAnotherTimeZone()
    {
        var dir = Directory.CreateTempSubdirectory("rto-draft-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.pdf");
            var b = Path.Combine(dir.FullName, "b.pdf");
            var (code, output, error) = CliRunner.Run(LeaseCommand.Create(), DraftArgs(a));
            Assert.True(code == 0, error);
            Assert.Equal(0, CliRunner.Run(LeaseCommand.Create(), DraftArgs(b)).Code);
            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(a)));
            Assert.Contains($"sha256: {hash}", output);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

            // The built rto.dll as a separate process, in a time zone far from UTC+5: same bytes.
            var c = Path.Combine(dir.FullName, "c.pdf");
            var rto = Path.Combine(AppContext.BaseDirectory, "rto.dll");
            Assert.True(File.Exists(rto), $"rto.dll not found next to the tests at {rto}");
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(rto);
            psi.ArgumentList.Add("lease");
            foreach (var arg in DraftArgs(c))
            {
                psi.ArgumentList.Add(arg);
            }

            psi.Environment["TZ"] = "America/St_Johns";
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, stderr);
            Assert.Contains($"sha256: {hash}", stdout);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(c));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("--tenant-iin", "650615400015", "--tenant-iin: IIN 650615400015 has control digit 5, expected 4")]
    [InlineData("--ktk-bin", "061211600012", "--ktk-bin: BIN 061211600012: digit 5 is 1")]
    [InlineData("--guarantor", "no-number", "must be NAME=IIN-or-BIN")]
    [InlineData("--guarantor", "Старший=700310300011", "A.2.9")] // male born 1970: retires in 2033, before 2046
    [InlineData("--living-area", "70", "at most the total area")]
    [InlineData("--cadastral", "abc", "cadastral number 'abc'")]
    [InlineData("--font", "/nonexistent/font.ttf", "fonts-dejavu-core")]
    public void Draft_BadInput_Exit1_NoFile(string option, string value, string message)
    {
        var dir = Directory.CreateTempSubdirectory("rto-draft-bad-");
        try
        {
            var path = Path.Combine(dir.FullName, "x.pdf");
            var args = DraftArgs(path).ToList();
            var i = args.IndexOf(option);
            if (i >= 0 && option != "--guarantor")
            {
                args[i + 1] = value;
            }
            else
            {
                args.AddRange([option, value]);
            }

            var (code, _, error) = CliRunner.Run(LeaseCommand.Create(), [.. args]);
            Assert.Equal(1, code);
            Assert.Contains(message, error);
            Assert.False(File.Exists(path));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}

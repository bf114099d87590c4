using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using RentToOwn.Domain;
using RentToOwn.Domain.Contracts;
using RentToOwn.Domain.Identity;
using RentToOwn.Domain.Leases;
using RentToOwn.Domain.Leases.Taxes;

namespace RentToOwn.Cli.Commands;

/// <summary><c>rto lease</c>: Lease schedules (A.17), buyout quotes and contract drafts. Exit 0 ok, 1 invalid input.</summary>
public static class LeaseCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("lease", "Lease schedules, buyout quotes and contract drafts");
        command.Subcommands.Add(ScheduleCommand());
        command.Subcommands.Add(BuyoutCommand());
        command.Subcommands.Add(TaxesCommand());
        command.Subcommands.Add(DraftCommand());
        return command;
    }

    private static Command ScheduleCommand()
    {
        var terms = new TermsOptions();
        var format = new Option<string>("--format") { Description = "json or csv", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("schedule", "Print the annuity payment schedule (A.17)");
        terms.AddTo(command);
        command.Options.Add(format);
        command.SetAction(pr => Guarded(pr, () =>
        {
            var schedule = AnnuitySchedule.Build(terms.Read(pr));
            var output = pr.InvocationConfiguration.Output;
            if (pr.GetValue(format) == "csv")
            {
                output.WriteLine("n,date,payment,rent,purchase,remaining");
                foreach (var r in schedule.Rows)
                {
                    output.WriteLine($"{r.N},{r.Date:yyyy-MM-dd},{r.Payment},{r.Rent},{r.Purchase},{r.Remaining}");
                }
            }
            else
            {
                output.WriteLine(ScheduleJson(schedule).ToJsonString(Indented));
            }
        }));
        return command;
    }

    private static Command BuyoutCommand()
    {
        var terms = new TermsOptions();
        var on = new Option<string>("--on") { Description = "Quote date, yyyy-MM-dd", Required = true };
        var command = new Command("buyout", "Quote an early buyout on a date: remaining purchase price + rent accrued in the current period");
        terms.AddTo(command);
        command.Options.Add(on);
        command.SetAction(pr => Guarded(pr, () =>
        {
            var q = EarlyBuyout.Quote(AnnuitySchedule.Build(terms.Read(pr)), ParseDate(pr.GetValue(on), "--on"));
            var json = new JsonObject
            {
                ["date"] = q.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["paymentsMade"] = q.PaymentsMade,
                ["remainingPurchasePrice"] = q.RemainingPurchasePrice.Tenge,
                ["periodStart"] = q.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["periodEnd"] = q.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["daysElapsed"] = q.DaysElapsed,
                ["daysInPeriod"] = q.DaysInPeriod,
                ["accruedRent"] = q.AccruedRent.Tenge,
                ["total"] = q.Total.Tenge,
            };
            pr.InvocationConfiguration.Output.WriteLine(json.ToJsonString(Indented));
        }));
        return command;
    }

    private static Command TaxesCommand()
    {
        var terms = new TermsOptions();
        var value = new Option<string?>("--taxable-value") { Description = "Taxable value of the flat in KZT (default: the price)" };
        var income = new Option<string?>("--income") { Description = "Monthly family income in KZT: adds payment-to-income and the 20 % housing-aid flag" };
        var command = new Command("taxes", "Preliminary yearly property-tax schedule (A.17) and affordability");
        terms.AddTo(command);
        command.Options.Add(value);
        command.Options.Add(income);
        command.SetAction(pr => Guarded(pr, () =>
        {
            var schedule = AnnuitySchedule.Build(terms.Read(pr));
            var taxable = pr.GetValue(value) is { } v ? ParseMoney(v, "--taxable-value") : (Money?)null;
            var rows = new TaxSchedule(PropertyTaxTable.Individuals, new TaxOptions()).Build(schedule, taxable);
            var json = new JsonObject
            {
                ["source"] = PropertyTaxTable.Individuals.Source,
                ["years"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
                {
                    ["year"] = r.Year,
                    ["months"] = r.Months,
                    ["taxableValue"] = r.TaxableValue.Tenge,
                    ["annualTax"] = r.AnnualTax.Tenge,
                    ["tax"] = r.Tax.Tenge,
                    ["payments"] = r.Payments.Tenge,
                })]),
            };
            if (pr.GetValue(income) is { } i)
            {
                var a = Affordability.For(schedule, ParseMoney(i, "--income"), rows[0].AnnualTax);
                json["affordability"] = new JsonObject
                {
                    ["monthlyFamilyIncome"] = a.MonthlyFamilyIncome.Tenge,
                    ["monthlyHousingCost"] = a.MonthlyHousingCost.Tenge,
                    ["paymentToIncome"] = a.PaymentToIncome,
                    ["housingCostToIncome"] = a.HousingCostToIncome,
                    ["exceedsHousingAidThreshold"] = a.ExceedsHousingAidThreshold,
                };
            }

            pr.InvocationConfiguration.Output.WriteLine(json.ToJsonString(Indented));
        }));
        return command;
    }

    private static Command DraftCommand()
    {
        var terms = new TermsOptions();
        var number = new Option<string>("--number") { Description = "Contract number", Required = true };
        var city = new Option<string>("--city") { Description = "Place of conclusion", DefaultValueFactory = _ => "Астана" };
        var cadastral = new Option<string>("--cadastral") { Description = "Cadastral number of the flat", Required = true };
        var address = new Option<string>("--address") { Description = "Address of the flat", Required = true };
        var totalArea = new Option<decimal>("--total-area") { Description = "Total area, m²", Required = true };
        var livingArea = new Option<decimal>("--living-area") { Description = "Living area, m²", Required = true };
        var rooms = new Option<int>("--rooms") { Description = "Number of rooms", Required = true };
        var tenantName = new Option<string>("--tenant-name") { Description = "Tenant's full name", Required = true };
        var tenantIin = new Option<string>("--tenant-iin") { Description = "Tenant's IIN", Required = true };
        var spouseName = new Option<string?>("--spouse-name") { Description = "Spouse's full name (if married)" };
        var spouseIin = new Option<string?>("--spouse-iin") { Description = "Spouse's IIN (if married)" };
        var guarantors = new Option<string[]>("--guarantor") { Description = "Guarantor as NAME=IIN-or-BIN, in signing order (repeatable)", AllowMultipleArgumentsPerToken = false };
        var ktkName = new Option<string>("--ktk-name") { Description = "Lessor's name", DefaultValueFactory = _ => "АО «Казахстанская жилищная компания»" };
        var ktkBin = new Option<string>("--ktk-bin") { Description = "Lessor's (KTK's) BIN", Required = true };
        var font = new Option<string?>("--font") { Description = "Regular font file (default Debian fonts-dejavu-core DejaVuSans.ttf)" };
        var boldFont = new Option<string?>("--bold-font") { Description = "Bold font file (default DejaVuSans-Bold.ttf)" };
        var output = new Option<string>("--out") { Description = "Output PDF path", Required = true };
        var command = new Command("draft", "Render the bilingual (kk/ru) contract PDF with schedule and tax annexes; prints its SHA-256");
        terms.AddTo(command);
        foreach (var o in new Option[] { number, city, cadastral, address, totalArea, livingArea, rooms, tenantName, tenantIin, spouseName, spouseIin, guarantors, ktkName, ktkBin, font, boldFont, output })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => Guarded(pr, () =>
        {
            Person? spouse = null;
            if (pr.GetValue(spouseIin) is { } sIin)
            {
                spouse = new Person(pr.GetValue(spouseName) ?? throw new FormatException("--spouse-iin needs --spouse-name"), ParseIin(sIin, "--spouse-iin"));
            }
            else if (pr.GetValue(spouseName) is not null)
            {
                throw new FormatException("--spouse-name needs --spouse-iin");
            }

            var lease = new Lease(
                pr.GetValue(number)!,
                new Flat(pr.GetValue(cadastral)!, pr.GetValue(address)!, pr.GetValue(totalArea), pr.GetValue(livingArea), pr.GetValue(rooms)),
                terms.Read(pr),
                new LeaseParties(
                    new Person(pr.GetValue(tenantName)!, ParseIin(pr.GetValue(tenantIin), "--tenant-iin")),
                    spouse,
                    [.. (pr.GetValue(guarantors) ?? []).Select(ParseGuarantor)],
                    new Lessor(pr.GetValue(ktkName)!, ParseBin(pr.GetValue(ktkBin), "--ktk-bin"))),
                pr.GetValue(city)!);
            new LeaseValidator(new GuarantorEligibility(new RetirementAges())).EnsureValid(lease);

            var options = new ContractPdfOptions();
            options.FontPath = pr.GetValue(font) ?? options.FontPath;
            options.BoldFontPath = pr.GetValue(boldFont) ?? options.BoldFontPath;
            var schedule = AnnuitySchedule.Build(lease.Terms);
            var taxes = new TaxSchedule(PropertyTaxTable.Individuals, new TaxOptions()).Build(schedule);
            var pdf = new ContractPdfRenderer(options).Render(lease, schedule, taxes);
            var path = pr.GetValue(output)!;
            File.WriteAllBytes(path, pdf);
            pr.InvocationConfiguration.Output.WriteLine($"wrote {path} ({pdf.Length} bytes)");
            pr.InvocationConfiguration.Output.WriteLine($"sha256: {Convert.ToHexStringLower(SHA256.HashData(pdf))}");
        }));
        return command;
    }

    private static JsonObject ScheduleJson(PaymentSchedule s) => new()
    {
        ["monthlyPayment"] = s.MonthlyPayment.Tenge,
        ["rows"] = new JsonArray([.. s.Rows.Select(r => (JsonNode)new JsonObject
        {
            ["n"] = r.N,
            ["date"] = r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["payment"] = r.Payment.Tenge,
            ["rent"] = r.Rent.Tenge,
            ["purchase"] = r.Purchase.Tenge,
            ["remaining"] = r.Remaining.Tenge,
        })]),
        ["totals"] = new JsonObject
        {
            ["payments"] = s.Totals.Payments.Tenge,
            ["rent"] = s.Totals.Rent.Tenge,
            ["purchase"] = s.Totals.Purchase.Tenge,
        },
    };

    /// <summary>Runs <paramref name="body"/>; bad input prints "error: …" to stderr and exits 1.</summary>
    private static int Guarded(ParseResult pr, Action body)
    {
        try
        {
            body();
            return 0;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or ContractFontException or IOException or UnauthorizedAccessException)
        {
            pr.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
    }

    private static Guarantor ParseGuarantor(string spec)
    {
        var eq = spec.LastIndexOf('=');
        if (eq <= 0)
        {
            throw new FormatException($"--guarantor '{spec}' must be NAME=IIN-or-BIN");
        }

        var name = spec[..eq].Trim();
        var check = IdentityNumbers.Check(spec[(eq + 1)..].Trim());
        return check.Kind switch
        {
            IdentityKind.Iin => Guarantor.Individual(name, check.Iin!),
            IdentityKind.Bin => Guarantor.Entity(name, check.Bin!),
            _ => throw new FormatException($"--guarantor '{name}': {check.Error}"),
        };
    }

    private static Iin ParseIin(string? s, string option) =>
        Iin.TryParse(s, out var iin, out var error) ? iin : throw new FormatException($"{option}: {error}");

    private static Bin ParseBin(string? s, string option) =>
        Bin.TryParse(s, out var bin, out var error) ? bin : throw new FormatException($"{option}: {error}");

    private static Money ParseMoney(string s, string option)
    {
        try
        {
            return Money.ParseTenge(s);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{option}: {ex.Message}", ex);
        }
    }

    private static DateOnly ParseDate(string? s, string option) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"{option}: '{s}' is not a date in yyyy-MM-dd form");

    /// <summary>The schedule options shared by every lease subcommand.</summary>
    private sealed class TermsOptions
    {
        private readonly Option<string> _price = new("--price") { Description = "Price in KZT (up to 2 decimals)", Required = true };
        private readonly Option<decimal> _rate = new("--rate") { Description = "Annual rate in percent", DefaultValueFactory = _ => LeaseTerms.ProgrammeRatePercent };
        private readonly Option<int> _months = new("--months") { Description = "Term in months, 1–240", DefaultValueFactory = _ => LeaseTerms.MaxTermMonths };
        private readonly Option<string> _start = new("--start") { Description = "Start date, yyyy-MM-dd", Required = true };
        private readonly Option<string> _down = new("--down") { Description = "Down payment in KZT", DefaultValueFactory = _ => "0" };

        public void AddTo(Command command)
        {
            command.Options.Add(_price);
            command.Options.Add(_rate);
            command.Options.Add(_months);
            command.Options.Add(_start);
            command.Options.Add(_down);
        }

        public LeaseTerms Read(ParseResult pr) => new LeaseTerms(
            ParseMoney(pr.GetValue(_price)!, "--price"),
            pr.GetValue(_rate),
            pr.GetValue(_months),
            ParseDate(pr.GetValue(_start), "--start"),
            ParseMoney(pr.GetValue(_down)!, "--down")).EnsureValid();
    }
}

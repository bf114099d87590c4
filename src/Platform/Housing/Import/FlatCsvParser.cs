using System.Globalization;
using RentToOwn.Platform.Csv;

namespace RentToOwn.Platform.Housing.Import;

/// <summary>
/// Reads KTK's housing stock from CSV (UTF-8, comma or semicolon, RFC 4180 quotes, a header naming
/// <c>cadastral_number, address, total_area, living_area, rooms, price_kzt, city</c> in any order). Size and row count are
/// bounded; every line is checked and each problem reported with its line number.
/// </summary>
public sealed class FlatCsvParser(int maxBytes, int maxRows)
{
    /// <summary>The columns.</summary>
    public static readonly string[] Columns = ["cadastral_number", "address", "total_area", "living_area", "rooms", "price_kzt", "city"];

    /// <summary>The file is larger than allowed (HTTP 413).</summary>
    public bool TooLarge(int length) => length > maxBytes;

    /// <summary>Parses <paramref name="bytes"/>.</summary>
    public FlatCsvResult Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return Fail("The file is empty.");
        if (TooLarge(bytes.Length)) return Fail($"The file is {bytes.Length} bytes; the limit is {maxBytes} bytes.");
        if (CsvText.Decode(bytes) is not { } text) return Fail("The file is not UTF-8 text. Save it as \"CSV UTF-8\".");
        var lines = CsvText.Lines(text).Where(l => l.Text.Trim().Length > 0).ToList();
        if (lines.Count == 0) return Fail("The file has no header line.");
        var header = lines[0];
        var separator = CsvText.SeparatorOf(header.Text);
        var names = CsvText.Fields(header.Text, separator).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !names.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new([], missing.Select(c => new FlatRowError(header.Number, c, $"The header has no column \"{c}\". Expected: {string.Join(", ", Columns)}.")).ToList());
        }

        var rows = new List<FlatRow>();
        var errors = new List<FlatRowError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in lines.Skip(1))
        {
            if (rows.Count + errors.Count >= maxRows)
            {
                errors.Add(new(number, null, $"More than {maxRows} rows; split the file."));
                break;
            }

            var f = CsvText.Fields(line, separator);
            if (f.Count != names.Count)
            {
                errors.Add(new(number, null, $"Expected {names.Count} fields, found {f.Count}."));
                continue;
            }

            string Get(string column) => f[names.IndexOf(column)].Trim();
            var before = errors.Count;
            var cadastral = Get("cadastral_number");
            if (cadastral.Length is 0 or > 40 || !cadastral.All(c => char.IsAsciiDigit(c) || c is ':' or '-'))
            {
                errors.Add(new(number, "cadastral_number", $"Invalid cadastral number \"{Cut(cadastral)}\": digits separated by ':' or '-', at most 40 characters."));
            }
            else if (seen.TryGetValue(cadastral, out var first))
            {
                errors.Add(new(number, "cadastral_number", $"Duplicate cadastral number {cadastral}: already on line {first}."));
            }
            else
            {
                seen[cadastral] = number;
            }

            var address = Text("address", 300);
            var city = Text("city", 100);
            var total = Number("total_area", 10m, 1000m);
            var living = Number("living_area", 5m, 1000m);
            if (total is { } t && living is { } l && l > t) errors.Add(new(number, "living_area", $"The living area {l} m² exceeds the total area {t} m²."));
            var rooms = int.TryParse(Get("rooms"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 10 ? r : (int?)null;
            if (rooms is null) errors.Add(new(number, "rooms", $"Invalid rooms \"{Cut(Get("rooms"))}\": a whole number from 1 to 10."));
            var price = long.TryParse(Get("price_kzt"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1_000_000 and <= 1_000_000_000 ? p : (long?)null;
            if (price is null) errors.Add(new(number, "price_kzt", $"Invalid price \"{Cut(Get("price_kzt"))}\": whole tenge from 1 000 000 to 1 000 000 000."));
            if (errors.Count == before) rows.Add(new(number, cadastral, address!, total!.Value, living!.Value, rooms!.Value, price!.Value, city!));
            continue;

            string? Text(string column, int max)
            {
                var v = Get(column);
                if (v.Length is > 0 && v.Length <= max) return v;
                errors.Add(new(number, column, v.Length == 0 ? $"The {column} is empty." : $"The {column} is longer than {max} characters."));
                return null;
            }

            decimal? Number(string column, decimal min, decimal max)
            {
                var v = Get(column);
                if (decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max && decimal.Round(d, 2) == d) return d;
                errors.Add(new(number, column, $"Invalid {column} \"{Cut(v)}\": m² from {min} to {max}, at most two decimals, '.' as the decimal point."));
                return null;
            }
        }

        if (rows.Count == 0 && errors.Count == 0) errors.Add(new(0, null, "The file has a header but no flats."));
        return new(rows, errors);

        static FlatCsvResult Fail(string message) => new([], [new(0, null, message)]);
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

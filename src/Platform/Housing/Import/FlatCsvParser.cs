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
        if (bytes.Length == 0) return Fail("csv.refused.empty");
        if (TooLarge(bytes.Length)) return Fail("csv.refused.too_large", bytes.Length, maxBytes);
        if (CsvText.Decode(bytes) is not { } text) return Fail("csv.refused.not_utf8");
        var lines = CsvText.Lines(text).Where(l => l.Text.Trim().Length > 0).ToList();
        if (lines.Count == 0) return Fail("csv.refused.no_header");
        var header = lines[0];
        var separator = CsvText.SeparatorOf(header.Text);
        var names = CsvText.Fields(header.Text, separator).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !names.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new([], missing.Select(c => new FlatRowError(header.Number, c, "csv.refused.missing_column", c, string.Join(", ", Columns))).ToList());
        }

        var rows = new List<FlatRow>();
        var errors = new List<FlatRowError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in lines.Skip(1))
        {
            if (rows.Count + errors.Count >= maxRows)
            {
                errors.Add(new(number, null, "csv.refused.too_many_rows", maxRows));
                break;
            }

            var f = CsvText.Fields(line, separator);
            if (f.Count != names.Count)
            {
                errors.Add(new(number, null, "csv.refused.field_count", names.Count, f.Count));
                continue;
            }

            string Get(string column) => f[names.IndexOf(column)].Trim();
            var before = errors.Count;
            var cadastral = Get("cadastral_number");
            if (cadastral.Length is 0 or > 40 || !cadastral.All(c => char.IsAsciiDigit(c) || c is ':' or '-'))
            {
                errors.Add(new(number, "cadastral_number", "csv.refused.invalid_cadastral", Cut(cadastral)));
            }
            else if (seen.TryGetValue(cadastral, out var first))
            {
                errors.Add(new(number, "cadastral_number", "csv.refused.duplicate_cadastral", cadastral, first));
            }
            else
            {
                seen[cadastral] = number;
            }

            var address = Text("address", 300);
            var city = Text("city", 100);
            var total = Number("total_area", 10m, 1000m);
            var living = Number("living_area", 5m, 1000m);
            if (total is { } t && living is { } l && l > t) errors.Add(new(number, "living_area", "csv.refused.living_exceeds_total", l, t));
            var rooms = int.TryParse(Get("rooms"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 10 ? r : (int?)null;
            if (rooms is null) errors.Add(new(number, "rooms", "csv.refused.invalid_rooms", Cut(Get("rooms"))));
            var price = long.TryParse(Get("price_kzt"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1_000_000 and <= 1_000_000_000 ? p : (long?)null;
            if (price is null) errors.Add(new(number, "price_kzt", "csv.refused.invalid_price", Cut(Get("price_kzt"))));
            if (errors.Count == before) rows.Add(new(number, cadastral, address!, total!.Value, living!.Value, rooms!.Value, price!.Value, city!));
            continue;

            string? Text(string column, int max)
            {
                var v = Get(column);
                if (v.Length is > 0 && v.Length <= max) return v;
                errors.Add(v.Length == 0 ? new(number, column, "csv.refused.empty_value", column) : new(number, column, "csv.refused.too_long", column, max));
                return null;
            }

            decimal? Number(string column, decimal min, decimal max)
            {
                var v = Get(column);
                if (decimal.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max && decimal.Round(d, 2) == d) return d;
                errors.Add(new(number, column, "csv.refused.invalid_area", column, Cut(v), min, max));
                return null;
            }
        }

        if (rows.Count == 0 && errors.Count == 0) errors.Add(new(0, null, "csv.refused.no_flats"));
        return new(rows, errors);

        static FlatCsvResult Fail(string code, params object?[] args) => new([], [new(0, null, code, args)]);
    }

    private static string Cut(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

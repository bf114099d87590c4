using System.Text;
using RentToOwn.Domain.Identity;
using RentToOwn.Platform.Csv;

namespace RentToOwn.Platform.Recipients;

/// <summary>
/// Reads the akimat recipient list (A.5–A.6) from CSV: UTF-8 (BOM optional), comma or semicolon
/// separated (the separator of the header line), RFC 4180 quotes, a header naming the columns
/// <c>iin, full_name, phone, category</c> in any order. Every line is checked and every problem is
/// reported with its line number; a duplicate IIN names the line it repeats.
/// </summary>
public sealed class RecipientCsvParser
{
    /// <summary>Largest accepted file.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Largest accepted number of data rows.</summary>
    public const int MaxRows = 20_000;

    private static readonly string[] Columns = ["iin", "full_name", "phone", "category"];

    /// <summary>Parses <paramref name="bytes"/>.</summary>
    public RecipientCsvResult Parse(ReadOnlySpan<byte> bytes)
    {
        var errors = new List<RecipientRowError>();
        var rows = new List<RecipientRow>();
        if (bytes.Length == 0)
        {
            return Fail("csv.refused.empty");
        }

        if (bytes.Length > MaxBytes)
        {
            return Fail("csv.refused.too_large", bytes.Length, MaxBytes);
        }

        if (CsvText.Decode(bytes) is not { } text)
        {
            return Fail("csv.refused.not_utf8");
        }

        var lines = CsvText.Lines(text);
        var header = lines.FirstOrDefault(l => l.Text.Trim().Length > 0);
        if (header.Text is null)
        {
            return Fail("csv.refused.no_header");
        }

        var separator = CsvText.SeparatorOf(header.Text);
        var names = CsvText.Fields(header.Text, separator).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var index = new Dictionary<string, int>();
        foreach (var col in Columns)
        {
            var i = names.IndexOf(col);
            if (i < 0)
            {
                errors.Add(new RecipientRowError(header.Number, col, "csv.refused.missing_column", col, string.Join(", ", Columns)));
            }
            else
            {
                index[col] = i;
            }
        }

        if (errors.Count > 0)
        {
            return new RecipientCsvResult([], errors);
        }

        var seen = new Dictionary<string, int>();
        foreach (var (number, line) in lines.Where(l => l.Number > header.Number && l.Text.Trim().Length > 0))
        {
            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new RecipientRowError(number, null, "csv.refused.too_many_rows", MaxRows));
                break;
            }

            var fields = CsvText.Fields(line, separator);
            if (fields.Count != names.Count)
            {
                errors.Add(new RecipientRowError(number, null, "csv.refused.field_count", names.Count, fields.Count));
                continue;
            }

            var before = errors.Count;
            var iinText = fields[index["iin"]].Trim();
            if (!Iin.TryParse(iinText, out var iin, out var iinError))
            {
                errors.Add(new RecipientRowError(number, "iin", "csv.refused.invalid_iin", iinText, iinError));
            }

            var name = fields[index["full_name"]].Trim();
            if (name.Length is 0 or > 300)
            {
                errors.Add(name.Length == 0 ? new RecipientRowError(number, "full_name", "csv.refused.empty_value", "full_name") : new RecipientRowError(number, "full_name", "csv.refused.too_long", "full_name", 300));
            }

            var phoneText = fields[index["phone"]].Trim();
            var phone = NormalisePhone(phoneText);
            if (phone is null)
            {
                errors.Add(new RecipientRowError(number, "phone", "csv.refused.invalid_phone", phoneText));
            }

            var category = fields[index["category"]].Trim().ToLowerInvariant();
            if (!RecipientCategory.CsvValues.Contains(category))
            {
                errors.Add(new RecipientRowError(number, "category", "csv.refused.unknown_category", category, string.Join(", ", RecipientCategory.CsvValues)));
            }

            if (iin is not null)
            {
                if (seen.TryGetValue(iin.Value, out var first))
                {
                    errors.Add(new RecipientRowError(number, "iin", "csv.refused.duplicate_iin", iin.Value, first));
                }
                else
                {
                    seen[iin.Value] = number;
                }
            }

            if (errors.Count == before)
            {
                rows.Add(new RecipientRow(number, iin!.Value, name, phone!, category));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RecipientRowError(0, null, "csv.refused.no_recipients"));
        }

        return new RecipientCsvResult(rows, errors);

        static RecipientCsvResult Fail(string code, params object?[] args) => new([], [new RecipientRowError(0, null, code, args)]);
    }

    /// <summary>Normalises a Kazakhstan mobile number to +7XXXXXXXXXX; null when it is not one.</summary>
    public static string? NormalisePhone(string text)
    {
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is not (' ' or '-' or '(' or ')' or '+' or '\u00A0')) return null;
        }

        var d = digits.ToString();
        if (d.Length == 11 && (d[0] == '7' || d[0] == '8')) d = d[1..];
        // Kazakhstan mobile ranges after the country code: 70x, 74x, 75x, 76x, 77x (7xx landlines like 727 get no SMS).
        return d.Length == 10 && d[0] == '7' && "04567".Contains(d[1]) ? "+7" + d : null;
    }
}

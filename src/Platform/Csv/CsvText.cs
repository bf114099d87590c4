using System.Text;

namespace RentToOwn.Platform.Csv;

/// <summary>
/// The CSV reading KTK's uploads share (the akimat's recipient list, A.5–A.6; the housing stock, A.5, A.17): strict
/// UTF-8 (a BOM is dropped), numbered lines, comma or semicolon (whichever the header uses more), RFC 4180 quotes.
/// Each parser checks its own columns and values.
/// </summary>
public static class CsvText
{
    /// <summary>The text of <paramref name="bytes"/> without a BOM, or null when it is not valid UTF-8.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Every line with its 1-based number, without the line break (LF or CRLF).</summary>
    public static List<(int Number, string Text)> Lines(string text) =>
        text.Split('\n').Select((l, i) => (Number: i + 1, Text: l.TrimEnd('\r'))).ToList();

    /// <summary>The separator the header line uses: semicolon when it has more semicolons than commas, else comma.</summary>
    public static char SeparatorOf(string header) => header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';

    /// <summary>The fields of one line; a quoted field may hold the separator and doubled quotes (RFC 4180).</summary>
    public static List<string> Fields(string line, char separator)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }

        fields.Add(current.ToString());
        return fields;
    }
}

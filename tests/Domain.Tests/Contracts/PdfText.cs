using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace RentToOwn.Domain.Tests.Contracts;

/// <summary>
/// Real text extraction for tests: opens the PDF with PDFsharp, reads (decompressed) page content streams, follows
/// Tf/Tj/TJ operators and maps each 2-byte glyph code to Unicode through the font's /ToUnicode CMap.
/// </summary>
internal static partial class PdfText
{
    public static string Extract(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        var text = new StringBuilder();
        foreach (var page in document.Pages)
        {
            var maps = FontMaps(page);
            FontMap? current = null;
            Walk(ContentReader.ReadContent(page), maps, ref current, text);
            text.Append('\f');
        }

        return text.ToString();
    }

    private static void Walk(CSequence seq, Dictionary<string, FontMap> maps, ref FontMap? current, StringBuilder text)
    {
        foreach (var obj in seq)
        {
            if (obj is not COperator op)
            {
                continue;
            }

            switch (op.OpCode.Name)
            {
                case "Tf":
                    current = op.Operands[0] is CName name && maps.TryGetValue(name.Name, out var map) ? map : null;
                    break;
                case "Tj":
                    Decode(op.Operands[0], current, text);
                    text.Append('\n');
                    break;
                case "TJ":
                    foreach (var item in (CArray)op.Operands[0])
                    {
                        Decode(item, current, text);
                    }

                    text.Append('\n');
                    break;
            }
        }
    }

    private static void Decode(CObject operand, FontMap? font, StringBuilder text)
    {
        if (operand is not CString s || font is null)
        {
            return;
        }

        var bytes = s.Value.Select(c => (byte)c).ToArray();
        for (var i = 0; i + font.BytesPerCode - 1 < bytes.Length; i += font.BytesPerCode)
        {
            var code = font.BytesPerCode == 2 ? (bytes[i] << 8) | bytes[i + 1] : bytes[i];
            text.Append(font.Map.TryGetValue(code, out var u) ? u : font.BytesPerCode == 1 ? ((char)code).ToString() : "\uFFFD");
        }
    }

    /// <summary>A font's code width (2 for Type0 Identity-H, else 1) and its ToUnicode map.</summary>
    private sealed record FontMap(int BytesPerCode, Dictionary<int, string> Map);

    private static Dictionary<string, FontMap> FontMaps(PdfPage page)
    {
        var result = new Dictionary<string, FontMap>();
        var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
        if (fonts is null)
        {
            return result;
        }

        foreach (var key in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(key);
            if (font is null)
            {
                continue;
            }

            // PDFsharp writes Unicode text with a Type0 (Identity-H, 2-byte) font and pure WinAnsi text with a simple TrueType font.
            var bytesPerCode = font.Elements.GetName("/Subtype") == "/Type0" ? 2 : 1;
            var toUnicode = font.Elements.GetDictionary("/ToUnicode");
            var map = toUnicode?.Stream is null ? [] : ParseCMap(Encoding.ASCII.GetString(toUnicode.Stream.UnfilteredValue));
            result[key] = new FontMap(bytesPerCode, map);
        }

        return result;
    }

    private static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(cmap))
        {
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
            {
                map[Hex(pair.Groups[1].Value)] = Utf16(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRange().Matches(cmap))
        {
            foreach (Match range in HexTriple().Matches(block.Groups[1].Value))
            {
                var lo = Hex(range.Groups[1].Value);
                var hi = Hex(range.Groups[2].Value);
                var start = Hex(range.Groups[3].Value);
                for (var c = lo; c <= hi; c++)
                {
                    map[c] = char.ConvertFromUtf32(start + (c - lo));
                }
            }
        }

        return map;
    }

    private static int Hex(string h) => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        return Encoding.BigEndianUnicode.GetString(bytes);
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexTriple();
}

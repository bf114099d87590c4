using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// Makes a PDFsharp file byte-for-byte reproducible: the random font subset tags and XMP uuid become values derived
/// from the document's input digest, and every time-zone offset becomes Kazakhstan's +05:00. Each replacement keeps
/// the length, so the cross-reference table stays valid.
/// </summary>
internal static partial class TermPdfNormalizer
{
    public static byte[] Normalize(byte[] pdf, byte[] digest)
    {
        var text = Encoding.Latin1.GetString(pdf); // 1 byte = 1 char: binary streams survive unchanged
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[2].Value).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            var hash = SHA256.HashData([.. digest, (byte)i]);
            var tag = new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
            text = text.Replace("/" + tags[i] + "+", "/" + tag + "+", StringComparison.Ordinal);
        }

        text = Uuid().Replace(text, "uuid:" + new Guid(SHA256.HashData([.. digest, .. "uuid"u8]).AsSpan(0, 16)));
        text = PdfDateOffset().Replace(text, "$1+05'00'");
        text = XmpDateOffset().Replace(text, "$1+05:00");
        var result = Encoding.Latin1.GetBytes(text);
        return result.Length == pdf.Length ? result : throw new InvalidOperationException("PDF normalisation changed the file length");
    }

    [GeneratedRegex(@"/(FontName|BaseFont)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"(D:\d{14})(?:[+\-]\d\d'\d\d'|Z)")]
    private static partial Regex PdfDateOffset();

    [GeneratedRegex(@"(>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:[+\-]\d\d:\d\d|Z)")]
    private static partial Regex XmpDateOffset();
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RentToOwn.Domain.Contracts;

/// <summary>
/// PDFsharp 6.2.4 writes three things that vary between runs or machines: random six-letter font subset tags
/// (<c>/ABCDEF+DejaVu Sans</c>), a random XMP <c>uuid:</c> (document and instance id), and the machine's local UTC offset
/// after every date. This rewrites each of them in place, with the same length (so the cross-reference offsets stay
/// valid): tags and uuid are derived from the inputs' digest, and every offset becomes Kazakhstan time (+05:00).
/// Every PDF the product signs goes through it: the contract (A.17) and the closing documents (A.29).
/// </summary>
public static partial class DeterministicPdf
{
    /// <summary>
    /// Returns <paramref name="pdf"/> (as saved by PDFsharp) with the varying parts replaced, byte for byte in place.
    /// <paramref name="digest"/> must identify the document's inputs (e.g. SHA-256 of their canonical JSON): the same
    /// inputs and digest give the same bytes. The caller must still set the document's /ID and dates from the inputs;
    /// throws <see cref="InvalidOperationException"/> if a replacement would change the file length.
    /// </summary>
    public static byte[] Normalize(byte[] pdf, byte[] digest)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(digest);
        // Latin-1 maps bytes 1:1 to chars, so binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[2].Value).Distinct().ToList();
        for (var i = 0; i < tags.Count; i++)
        {
            text = text.Replace("/" + tags[i] + "+", "/" + Tag(digest, i) + "+", StringComparison.Ordinal);
        }

        var uuid = new Guid(SHA256.HashData([.. digest, .. "xmp"u8]).AsSpan(0, 16)).ToString();
        text = XmpUuid().Replace(text, "uuid:" + uuid);
        text = PdfDate().Replace(text, "$1+05'00'");
        text = XmpDate().Replace(text, "$1+05:00");

        var result = Encoding.Latin1.GetBytes(text);
        if (result.Length != pdf.Length)
        {
            throw new InvalidOperationException("PDF normalisation changed the file length");
        }

        return result;
    }

    private static string Tag(byte[] digest, int index)
    {
        var hash = SHA256.HashData([.. digest, (byte)index]);
        return new string(hash.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
    }

    [GeneratedRegex(@"/(FontName|BaseFont)/([A-Z]{6})\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\(D:\d{14})[+\-]\d\d'\d\d'")]
    private static partial Regex PdfDate();

    [GeneratedRegex(@"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)[+\-]\d\d:\d\d")]
    private static partial Regex XmpDate();
}

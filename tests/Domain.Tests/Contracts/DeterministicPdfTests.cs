using System.Security.Cryptography;
using System.Text;
using RentToOwn.Domain.Contracts;

namespace RentToOwn.Domain.Tests.Contracts;

/// <summary>The shared normaliser of PDFsharp output (contract A.17, closing documents A.29): same inputs, same bytes.</summary>
public class DeterministicPdfTests
{
    private static string Sample(string tag, string uuid, string pdfOffset, string xmpOffset) =>
        $"%PDF-1.7\n/FontName/{tag}+DejaVuSans /BaseFont/{tag}+DejaVuSans\n/CreationDate(D:20260115000000{pdfOffset})/ModDate(D:20260115000000{pdfOffset})\n" +
        $"<xmp:CreateDate>2026-01-15T00:00:00{xmpOffset}</xmp:CreateDate><xmpMM:DocumentID>uuid:{uuid}</xmpMM:DocumentID>\n%%EOF";

    [Fact]
    public void Runs_on_machines_in_other_time_zones_with_other_random_parts_give_the_same_bytes()
    {
        var digest = SHA256.HashData("inputs"u8);
        var a = Encoding.Latin1.GetBytes(Sample("ABCDEF", "0f8fad5b-d9cb-469f-a165-70867728950e", "+06'00'", "+06:00"));
        var b = Encoding.Latin1.GetBytes(Sample("QWERTY", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "-03'00'", "-03:00"));

        var na = DeterministicPdf.Normalize(a, digest);
        Assert.Equal(na, DeterministicPdf.Normalize(b, digest));
        Assert.Equal(a.Length, na.Length);
        var text = Encoding.Latin1.GetString(na);
        Assert.Contains("(D:20260115000000+05'00')", text);
        Assert.Contains("2026-01-15T00:00:00+05:00<", text);
        Assert.DoesNotContain("ABCDEF", text);
        Assert.DoesNotContain("0f8fad5b", text);
        // Another document (another digest) gets other tags and uuid.
        Assert.NotEqual(na, DeterministicPdf.Normalize(a, SHA256.HashData("other"u8)));
    }
}

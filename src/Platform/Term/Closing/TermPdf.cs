using RentToOwn.Domain.Contracts;
using RentToOwn.Platform.Pdf;

namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// Renders the closing documents (KTK's letter, the transfer contract) as deterministic A4 PDFs with PDFsharp, in the
/// contract's fonts: the same <see cref="TermDocument"/> gives the same bytes, so their SHA-256 identifies what was
/// signed. The fonts are the contract's, taken from the domain's public <see cref="ContractPdfFonts"/> of the
/// <see cref="ContractPdfRenderer"/> (PDFsharp's font resolver is process-wide and owned by the domain).
/// </summary>
public sealed class TermPdf
{
    private const double Margin = 56;
    private readonly ContractPdfFonts _fonts;

    /// <summary>Uses the fonts of <paramref name="contractRenderer"/> (the contract's, registered with the domain's resolver).</summary>
    public TermPdf(ContractPdfRenderer contractRenderer)
    {
        ArgumentNullException.ThrowIfNull(contractRenderer);
        _fonts = contractRenderer.Fonts;
    }

    /// <summary>The PDF bytes of <paramref name="doc"/>.</summary>
    public byte[] Render(TermDocument doc)
    {
        var regular = _fonts.Regular(10);
        var bold = _fonts.Bold(10);
        using var writer = PdfLayout.Start(doc, doc.Title, doc.Date.ToDateTime(TimeOnly.MinValue), Margin, doc.Author);
        foreach (var h in doc.Headings) writer.Line(h, bold, center: true);
        writer.Space(12);
        foreach (var p in doc.Paragraphs)
        {
            if (p.StartsWith("# ", StringComparison.Ordinal))
            {
                writer.Space(6);
                writer.Line(p[2..], bold);
            }
            else
            {
                writer.Line(p, regular);
                writer.Space(3);
            }
        }

        writer.Space(14);
        foreach (var s in doc.Signatures)
        {
            writer.Line(s, regular);
            writer.Line("ЭЦҚ / ЭЦП: ______________________________", regular, indent: 14);
            writer.Space(6);
        }

        return writer.ToBytes();
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using RentToOwn.Domain.Contracts;

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
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(doc)));
        using var pdf = new PdfDocument();
        var date = doc.Date.ToDateTime(TimeOnly.MinValue);
        pdf.Info.Title = doc.Title;
        pdf.Info.Author = doc.Author;
        pdf.Info.Creator = "RentToOwn";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        var id = Encoding.Latin1.GetString(digest, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        var regular = _fonts.Regular(10);
        var bold = _fonts.Bold(10);
        var writer = new PageWriter(pdf);
        foreach (var h in doc.Headings) writer.Write(h, bold, center: true);
        writer.Space(12);
        foreach (var p in doc.Paragraphs)
        {
            if (p.StartsWith("# ", StringComparison.Ordinal))
            {
                writer.Space(6);
                writer.Write(p[2..], bold);
            }
            else
            {
                writer.Write(p, regular);
                writer.Space(3);
            }
        }

        writer.Space(14);
        foreach (var s in doc.Signatures)
        {
            writer.Write(s, regular);
            writer.Write("ЭЦҚ / ЭЦП: ______________________________", regular, indent: 14);
            writer.Space(6);
        }

        writer.Dispose();
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return DeterministicPdf.Normalize(stream.ToArray(), digest);
    }

    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        private XGraphics? _gfx;
        private PdfPage? _page;
        private double _y;

        public void Space(double points) => _y += points;

        public void Write(string text, XFont font, bool center = false, double indent = 0)
        {
            if (_gfx is null) NewPage();
            var width = _page!.Width.Point - (2 * Margin) - indent;
            var lineHeight = font.GetHeight() * 1.3;
            foreach (var line in Wrap(text, font, width))
            {
                if (_y + lineHeight > _page.Height.Point - Margin) NewPage();
                var x = Margin + indent;
                if (center) x = (_page.Width.Point - _gfx!.MeasureString(line, font).Width) / 2;
                _gfx!.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + font.GetHeight()));
                _y += lineHeight;
            }
        }

        public void Dispose() => _gfx?.Dispose();

        private void NewPage()
        {
            _gfx?.Dispose();
            _page = pdf.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _gfx = XGraphics.FromPdfPage(_page);
            _y = Margin;
        }

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx!.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            if (line.Length > 0) yield return line;
        }
    }
}

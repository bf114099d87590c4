using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;
using RentToOwn.Domain.Contracts;

namespace RentToOwn.Platform.Pdf;

/// <summary>
/// The one small A4 layout the platform's own PDFs share (the closing documents, the verification sheet, the term's
/// schedule and payment statement): lines that wrap and break pages, centred headings, simple table rows, a vector QR
/// code. Deterministic like the contract (<see cref="DeterministicPdf"/>): the document's identity and dates come from
/// the content's SHA-256 and a given date, so the same content gives the same bytes.
/// </summary>
public sealed class PdfLayout : IDisposable
{
    private readonly PdfDocument _pdf;
    private readonly byte[] _digest;
    private readonly double _margin;
    private XGraphics? _gfx;
    private PdfPage? _page;
    private double _y;
    private (IReadOnlyList<string> Cells, IReadOnlyList<double> Widths, XFont Font)? _header;

    private PdfLayout(PdfDocument pdf, byte[] digest, double margin) => (_pdf, _digest, _margin) = (pdf, digest, margin);

    /// <summary>
    /// Starts a document whose identity is the SHA-256 of <paramref name="content"/> serialized as JSON (so it must hold
    /// everything shown), dated <paramref name="date"/>.
    /// </summary>
    public static PdfLayout Start<T>(T content, string title, DateTime date, double margin, string? author = null)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content)));
        var pdf = new PdfDocument();
        pdf.Info.Title = title;
        if (author is not null) pdf.Info.Author = author;
        pdf.Info.Creator = "RentToOwn";
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        var id = Encoding.Latin1.GetString(digest, 0, 16);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        return new PdfLayout(pdf, digest, margin);
    }

    /// <summary>Vertical space.</summary>
    public void Space(double points) => _y += points;

    /// <summary>Text wrapped at the margins (words too wide for a line are split by characters), breaking pages.</summary>
    public void Line(string text, XFont font, double indent = 0, bool center = false)
    {
        Ensure();
        var lineHeight = font.GetHeight() * 1.3;
        foreach (var line in Wrap(text, font, _page!.Width.Point - (2 * _margin) - indent))
        {
            if (_y + lineHeight > _page.Height.Point - _margin) NewPage();
            var x = center ? (_page.Width.Point - _gfx!.MeasureString(line, font).Width) / 2 : _margin + indent;
            _gfx!.DrawString(line, font, XBrushes.Black, new XPoint(x, _y + font.GetHeight()));
            _y += lineHeight;
        }
    }

    /// <summary>A table's header row; it is repeated at the top of every following page of the table.</summary>
    public void Header(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font)
    {
        _header = (cells, widths, font);
        Row(cells, widths, font, underline: true);
    }

    /// <summary>One table row: each cell on one line in its column (numbers right-aligned), clipped to the column.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool underline = false)
    {
        Ensure();
        var lineHeight = font.GetHeight() * 1.35;
        if (_y + lineHeight > _page!.Height.Point - _margin)
        {
            NewPage();
            if (_header is { } h && !ReferenceEquals(h.Cells, cells)) Row(h.Cells, h.Widths, h.Font, underline: true);
        }

        var x = _margin;
        for (var i = 0; i < cells.Count && i < widths.Count; i++)
        {
            var text = Fit(cells[i], font, widths[i] - 4);
            var numeric = text.Length > 0 && (char.IsDigit(text[^1]) || text[^1] == '₸') && text.All(c => char.IsDigit(c) || c is ' ' or ',' or '.' or '-' or '₸' or '\u00A0');
            var tx = numeric ? x + widths[i] - 4 - _gfx!.MeasureString(text, font).Width : x;
            _gfx!.DrawString(text, font, XBrushes.Black, new XPoint(tx, _y + font.GetHeight()));
            x += widths[i];
        }

        _y += lineHeight;
        if (underline)
        {
            _gfx!.DrawLine(XPens.Black, _margin, _y - 1, _margin + widths.Sum(), _y - 1);
            _y += 2;
        }
    }

    /// <summary>Ends a table (its header no longer repeats).</summary>
    public void EndTable() => _header = null;

    /// <summary>A QR code (QRCoder, level M, drawn as vector squares: no image codec) at the left margin, the caption and the link beside it.</summary>
    public void Qr(string url, string caption, XFont font, XFont small, double size = 150)
    {
        Ensure();
        if (_y + size > _page!.Height.Point - _margin) NewPage();
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        var top = _y;
        _gfx!.DrawRectangle(XBrushes.White, _margin, top, size, size);
        for (var row = 0; row < modules.Count; row++)
        {
            // One rectangle per run of dark modules: fewer seams when rasterised.
            for (var col = 0; col < modules[row].Length;)
            {
                if (!modules[row][col]) { col++; continue; }
                var start = col;
                while (col < modules[row].Length && modules[row][col]) col++;
                _gfx.DrawRectangle(XBrushes.Black, _margin + (start * cell), top + (row * cell), (col - start) * cell, cell + 0.01);
            }
        }

        var x = _margin + size + 12;
        var width = _page.Width.Point - _margin - x;
        var y = top + 8;
        foreach (var (text, f) in new[] { (caption, font), (url, small) })
        {
            foreach (var line in Wrap(text, f, width))
            {
                _gfx.DrawString(line, f, XBrushes.Black, new XPoint(x, y + f.GetHeight()));
                y += f.GetHeight() * 1.3;
            }

            y += 6;
        }

        _y = top + size;
    }

    /// <summary>The finished document's bytes, normalized so the same content gives the same bytes.</summary>
    public byte[] ToBytes()
    {
        if (_pdf.PageCount == 0) NewPage();
        _gfx?.Dispose();
        _gfx = null;
        using var stream = new MemoryStream();
        _pdf.Save(stream, false);
        return DeterministicPdf.Normalize(stream.ToArray(), _digest);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _gfx?.Dispose();
        _pdf.Dispose();
    }

    private void Ensure()
    {
        if (_gfx is null) NewPage();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _pdf.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = _margin;
    }

    private string Fit(string text, XFont font, double width)
    {
        if (_gfx!.MeasureString(text, font).Width <= width) return text;
        while (text.Length > 1 && _gfx.MeasureString(text + "…", font).Width > width) text = text[..^1];
        return text + "…";
    }

    // Words that do not fit (hashes, DNs, links) are split by characters.
    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (_gfx!.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0) yield return line;
            line = "";
            foreach (var ch in word)
            {
                if (line.Length > 0 && _gfx.MeasureString(line + ch, font).Width > width)
                {
                    yield return line;
                    line = "";
                }

                line += ch;
            }
        }

        if (line.Length > 0) yield return line;
    }
}

using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace RentToOwn.Domain.Contracts;

/// <summary>A top-to-bottom text flow over A4 pages: wraps paragraphs, draws table rows, breaks pages.</summary>
internal sealed class PdfFlow : IDisposable
{
    public const double Margin = 50;
    private const double FooterSpace = 30;
    private readonly PdfDocument _document;
    private XGraphics? _gfx;

    public PdfFlow(PdfDocument document, XFont regular, XFont bold, XFont small, XFont smallBold)
    {
        _document = document;
        Regular = regular;
        Bold = bold;
        Small = small;
        SmallBold = smallBold;
        NewPage();
    }

    public XFont Regular { get; }

    public XFont Bold { get; }

    public XFont Small { get; }

    public XFont SmallBold { get; }

    public double Y { get; private set; }

    public List<PdfPage> Pages { get; } = [];

    private PdfPage Page => Pages[^1];

    private double Width => Page.Width.Point - (2 * Margin);

    private double Bottom => Page.Height.Point - Margin - FooterSpace;

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("no page");

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        Pages.Add(page);
        _gfx = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    public void Space(double points) => Y += points;

    /// <summary>
    /// Starts a new page unless <paramref name="height"/> points still fit on this one: what follows is kept together.
    /// At the top of a page nothing moves (a block taller than a page then simply flows on).
    /// </summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom && Y > Margin)
        {
            NewPage();
        }
    }

    /// <summary>Height of one wrapped line of <paramref name="font"/> in a paragraph.</summary>
    public static double LineHeight(XFont font) => font.GetHeight() * 1.25;

    /// <summary>Height <see cref="Paragraph"/> will take for <paramref name="text"/> (or its first <paramref name="maxLines"/> lines).</summary>
    public double Measure(string text, XFont font, double indent = 0, int maxLines = int.MaxValue) =>
        Math.Min(Wrap(text, font, Width - indent).Count(), maxLines) * LineHeight(font);

    /// <summary>Writes a wrapped paragraph; <paramref name="indent"/> shifts it right; <paramref name="center"/> centres each line.</summary>
    public void Paragraph(string text, XFont font, double indent = 0, bool center = false)
    {
        var lineHeight = LineHeight(font);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            EnsureSpace(lineHeight);
            var x = Margin + indent;
            if (center)
            {
                x = Margin + ((Width - Gfx.MeasureString(line, font).Width) / 2);
            }

            Gfx.DrawString(line, font, XBrushes.Black, new XPoint(x, Y + font.GetHeight()));
            Y += lineHeight;
        }
    }

    /// <summary>Draws one table row; cells are right-aligned except those in <paramref name="leftAligned"/>.</summary>
    public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool rule = false, params int[] leftAligned)
    {
        var lineHeight = font.GetHeight() * 1.3;
        EnsureSpace(lineHeight);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var w = Gfx.MeasureString(cells[i], font).Width;
            var left = leftAligned.Contains(i);
            var cx = left ? x + 2 : x + widths[i] - w - 2;
            Gfx.DrawString(cells[i], font, XBrushes.Black, new XPoint(cx, Y + font.GetHeight()));
            x += widths[i];
        }

        Y += lineHeight;
        if (rule)
        {
            Gfx.DrawLine(XPens.Gray, Margin, Y, Margin + widths.Sum(), Y);
            Y += 1;
        }
    }

    /// <summary>Adds "page n / total" footers to every page.</summary>
    public void Footers(Func<int, int, string> footer)
    {
        _gfx?.Dispose();
        _gfx = null;
        for (var i = 0; i < Pages.Count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(Pages[i], XGraphicsPdfPageOptions.Append);
            var text = footer(i + 1, Pages.Count);
            var w = gfx.MeasureString(text, Small).Width;
            gfx.DrawString(text, Small, XBrushes.Black, new XPoint((Pages[i].Width.Point - w) / 2, Pages[i].Height.Point - Margin + 10));
        }
    }

    public void Dispose() => _gfx?.Dispose();

    private IEnumerable<string> Wrap(string text, XFont font, double width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Gfx.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}

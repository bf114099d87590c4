using PdfSharp.Drawing;

namespace RentToOwn.Domain.Contracts;

/// <summary>
/// The contract's PDF fonts as PDFsharp family names, for other deterministic documents that must use the same faces
/// (e.g. the closing letter and the transfer contract, A.29). The names come from the domain's font resolver, which
/// PDFsharp consults process-wide; callers need not know how they are derived.
/// </summary>
/// <param name="RegularFamily">Family name of the regular face (<see cref="ContractPdfOptions.FontPath"/>).</param>
/// <param name="BoldFamily">Family name of the bold face (<see cref="ContractPdfOptions.BoldFontPath"/>).</param>
public sealed record ContractPdfFonts(string RegularFamily, string BoldFamily)
{
    /// <summary>
    /// Registers the configured font files with the domain's font resolver (installing it on first use) and returns
    /// their family names. Throws <see cref="ContractFontException"/> when a file is missing or not a font.
    /// </summary>
    public static ContractPdfFonts Register(ContractPdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var resolver = ContractFontResolver.Instance;
        return new ContractPdfFonts(
            resolver.Register(options.FontPath, nameof(ContractPdfOptions.FontPath)),
            resolver.Register(options.BoldFontPath, nameof(ContractPdfOptions.BoldFontPath)));
    }

    /// <summary>The regular face at <paramref name="size"/> points.</summary>
    public XFont Regular(double size) => new(RegularFamily, size);

    /// <summary>The bold face at <paramref name="size"/> points.</summary>
    public XFont Bold(double size) => new(BoldFamily, size);
}

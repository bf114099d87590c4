using Microsoft.Extensions.Options;
using RentToOwn.Platform.Verification.Reports;

namespace RentToOwn.Platform.Verification;

/// <summary>
/// Reads the verifier's multipart fields — <c>document</c> (PDF), <c>signature</c>/<c>signatures</c> (one or more CMS),
/// <c>bundle</c> (JSON) — with the size limit from configuration. A file over the limit is named, not read.
/// </summary>
public sealed class UploadReader(IOptions<VerifierOptions> options)
{
    /// <summary>Field names accepted for signature files.</summary>
    public static readonly string[] SignatureFields = ["signature", "signatures"];

    /// <summary>Reads the upload from posted files.</summary>
    public async Task<VerifierUpload> ReadAsync(IFormFileCollection files, CancellationToken ct)
    {
        var oversize = new List<string>();
        async Task<UploadedFile?> Read(IFormFile? f)
        {
            if (f is null)
            {
                return null;
            }

            if (f.Length > options.Value.MaxFileBytes)
            {
                oversize.Add(f.FileName);
                return null;
            }

            using var buffer = new MemoryStream((int)f.Length);
            await f.CopyToAsync(buffer, ct);
            return new UploadedFile(string.IsNullOrEmpty(f.FileName) ? f.Name : Path.GetFileName(f.FileName), buffer.ToArray());
        }

        var document = await Read(files.GetFile("document"));
        var signatures = new List<UploadedFile>();
        foreach (var f in files.Where(f => SignatureFields.Contains(f.Name, StringComparer.OrdinalIgnoreCase)).Take(options.Value.MaxSignatureFiles + 1))
        {
            if (await Read(f) is { } read)
            {
                signatures.Add(read);
            }
        }

        var bundle = await Read(files.GetFile("bundle"));
        return new VerifierUpload(document, signatures, bundle, oversize);
    }
}

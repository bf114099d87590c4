namespace RentToOwn.Platform.Pages.Shared;

/// <summary>A.10, A.12: a document a person uploads on a cabinet page, read once and handed to the area that stores it.</summary>
public static class UploadedDocument
{
    /// <summary>
    /// Hands the bytes and name of <paramref name="file"/> to <paramref name="add"/>; without a file (or an empty one) the
    /// refusal is <c>applications.refused.choose_file</c> and nothing is called.
    /// </summary>
    public static async Task<Outcome> AddAsync(IFormFile? file, Func<string, byte[], Task<Outcome>> add, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return new Outcome("applications.refused.choose_file");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return await add(file.FileName, buffer.ToArray());
    }
}

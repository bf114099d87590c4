using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Recipients;

namespace RentToOwn.Platform.Pages.Officer.RecipientLists;

/// <summary>A.5–A.7: the officer's recipient lists, their A.6 deadlines, and the CSV upload.</summary>
[RequestSizeLimit(RecipientCsvParser.MaxBytes + 64 * 1024)]
public sealed class IndexModel(PlatformDbContext db, RecipientListImporter importer, DeadlineCalculator deadlines) : PageModel
{
    /// <summary>One line of the lists table.</summary>
    public sealed record ListSummary(Guid Id, string Source, DateOnly ReceivedOn, DateOnly UploadDeadline, DateTime ImportedLocal, int Rows, bool OnTime);

    /// <summary>This officer's lists, newest first.</summary>
    public IReadOnlyList<ListSummary> Lists { get; private set; } = [];

    /// <summary>Errors of the last upload.</summary>
    public IReadOnlyList<RecipientRowError> Errors { get; private set; } = [];

    /// <summary>The last upload, when accepted.</summary>
    public RecipientListImportResult? Accepted { get; private set; }

    /// <summary>Form: provider of the list.</summary>
    [BindProperty] public string Source { get; set; } = "";

    /// <summary>Form: date of receipt.</summary>
    [BindProperty] public DateOnly ReceivedOn { get; set; }

    /// <summary>Form: the CSV file.</summary>
    [BindProperty] public IFormFile? Upload { get; set; }

    /// <summary>Shows the lists.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        ReceivedOn = deadlines.Today;
        await LoadAsync(ct);
    }

    /// <summary>Uploads a list; on any error nothing is stored and every error is listed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || ReceivedOn == default)
        {
            Errors = [new RecipientRowError(0, "ReceivedOn", "csv.refused.received_missing")];
        }
        else if (Upload is null || Upload.Length == 0)
        {
            Errors = [new RecipientRowError(0, null, "csv.refused.choose_file")];
        }
        else if (Upload.Length > RecipientCsvParser.MaxBytes)
        {
            Errors = [new RecipientRowError(0, null, "csv.refused.too_large", Upload.Length, RecipientCsvParser.MaxBytes)];
        }
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            var result = await importer.ImportAsync(
                new RecipientListImport(Source, ReceivedOn, Upload.FileName, buffer.ToArray(), this.Caller().Iin), ct);
            if (result.Succeeded) Accepted = result;
            else Errors = result.Errors;
        }

        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = this.Caller().Iin;
        var rows = await db.RecipientLists.Where(l => l.ImportedByIin == me)
            .Select(l => new { l.Id, l.Source, l.ReceivedOn, l.UploadDeadline, l.ImportedAt, Rows = l.Entries.Count })
            .ToListAsync(ct);
        // A.6: on time when uploaded no later than the deadline day (Almaty local date).
        Lists = rows.OrderByDescending(l => l.ImportedAt)
            .Select(l =>
            {
                var local = l.ImportedAt.ToOffset(TimeSpan.FromHours(5));
                return new ListSummary(l.Id, l.Source, l.ReceivedOn, l.UploadDeadline, local.DateTime, l.Rows,
                    DateOnly.FromDateTime(local.DateTime) <= l.UploadDeadline);
            })
            .ToList();
    }
}

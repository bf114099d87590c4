using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RentToOwn.Domain.Calendar;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Localization;
using RentToOwn.Platform.Notifications;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Recipients;

/// <summary>
/// A.6–A.7: stores a validated akimat list, tracks its 2-working-day upload deadline, creates an
/// account per recipient and sends the SMS invitation with the 15-calendar-day deadline.
/// All or nothing: a list with any bad row is refused whole.
/// </summary>
public sealed class RecipientListImporter(
    PlatformDbContext db,
    RecipientCsvParser parser,
    DeadlineCalculator deadlines,
    SmsOutbox sms,
    UiText texts,
    IOptions<SmsOptions> smsOptions,
    TimeProvider time)
{
    /// <summary>Validates and stores <paramref name="import"/>.</summary>
    public async Task<RecipientListImportResult> ImportAsync(RecipientListImport import, CancellationToken ct)
    {
        var errors = new List<RecipientRowError>();
        if (string.IsNullOrWhiteSpace(import.Source))
        {
            errors.Add(new RecipientRowError(0, null, "csv.refused.source_missing"));
        }

        var today = deadlines.Today;
        if (import.ReceivedOn > today)
        {
            errors.Add(new RecipientRowError(0, null, "csv.refused.received_future", import.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        DateOnly uploadDeadline = default;
        try
        {
            uploadDeadline = deadlines.WorkingDaysAfter(import.ReceivedOn, 2); // A.6
        }
        catch (CalendarDataException ex)
        {
            errors.Add(new RecipientRowError(0, null, "csv.refused.received_outside_calendar", import.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ex.Message));
        }

        var parsed = parser.Parse(import.Content);
        errors.AddRange(parsed.Errors);
        if (errors.Count > 0 || !parsed.IsValid)
        {
            return new RecipientListImportResult(null, errors, 0);
        }

        var now = time.GetUtcNow();
        var list = new RecipientList
        {
            Id = Guid.NewGuid(),
            Source = import.Source.Trim(),
            ReceivedOn = import.ReceivedOn,
            UploadDeadline = uploadDeadline,
            ImportedAt = now,
            ImportedByIin = import.OfficerIin,
            FileName = Path.GetFileName(import.FileName),
            FileSha256 = Convert.ToHexStringLower(SHA256.HashData(import.Content)),
        };
        var applicationDeadline = deadlines.CalendarDaysAfter(today, 15); // A.7
        var iins = parsed.Rows.Select(r => r.Iin).ToList();
        var existing = await db.Users.Where(u => iins.Contains(u.Iin)).ToDictionaryAsync(u => u.Iin, ct);
        foreach (var row in parsed.Rows)
        {
            if (!existing.TryGetValue(row.Iin, out var account))
            {
                account = new UserAccount
                {
                    Id = Guid.NewGuid(), Iin = row.Iin, FullName = row.FullName, Phone = row.Phone,
                    Roles = PlatformRoles.Tenant, CreatedAt = now, RecipientListId = list.Id,
                };
                db.Users.Add(account);
                existing[row.Iin] = account;
            }
            else
            {
                account.Roles |= PlatformRoles.Tenant;
                account.Phone ??= row.Phone;
            }

            list.Entries.Add(new RecipientListEntry
            {
                Id = Guid.NewGuid(), LineNumber = row.Line, Iin = row.Iin, FullName = row.FullName, Phone = row.Phone,
                Category = row.Category, AccountId = account.Id, ApplicationDeadline = applicationDeadline,
            });
            sms.Enqueue(row.Phone, InvitationText(applicationDeadline), account.Id); // A.7
        }

        db.RecipientLists.Add(list);
        await db.SaveChangesAsync(ct);
        var sent = await sms.DispatchPendingAsync(ct);
        return new RecipientListImportResult(list, [], sent);
    }

    /// <summary>A.7 invitation: Kazakh then Russian, with the 15-calendar-day deadline.</summary>
    private string InvitationText(DateOnly deadline)
    {
        var date = deadline.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var url = smsOptions.Value.PortalUrl;
        return texts.Sms("sms.invitation", date, url);
    }
}

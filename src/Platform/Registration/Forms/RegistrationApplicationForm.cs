using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Registration.Forms;

/// <summary>
/// A.19–A.20, A.31: the application form to ЖМБМК АЖ as canonical UTF-8 text (Kazakh and Russian, one line per
/// field, LF line ends). Deterministic: the same application renders the same bytes, which the applicant signs.
/// </summary>
public static class RegistrationApplicationForm
{
    /// <summary>Form version.</summary>
    public const string Version = "rto-registration-application/v1";

    /// <summary>Renders the form.</summary>
    public static byte[] Render(Guid registrationId, RegistrationKind kind, LeaseRecord lease, BasisDocumentKind basisKind, byte[] basisContent,
        Guid? relatedRegistrationId, DateTimeOffset formedAt, BasisDocument? courtDecision = null)
    {
        var (kk, ru) = kind switch
        {
            RegistrationKind.LeaseEncumbrance => ("Жалдау ауыртпалығын мемлекеттік тіркеу туралы өтініш", "Заявление о государственной регистрации обременения арендой"),
            RegistrationKind.EncumbranceTermination => ("Жалдау ауыртпалығын тоқтатуды тіркеу туралы өтініш", "Заявление о регистрации прекращения обременения арендой"),
            _ => ("Меншік құқығын мемлекеттік тіркеу туралы өтініш", "Заявление о государственной регистрации права собственности"),
        };
        var applicant = kind == RegistrationKind.EncumbranceTermination ? $"KTK BIN {lease.LessorBin}" : $"IIN {lease.TenantIin}";
        var lines = new List<string>
        {
            Version,
            $"{kk} / {ru}",
            $"application: {registrationId:D}",
            $"kind: {kind}",
            $"cadastral-number: {lease.Flat.CadastralNumber}",
            $"address: {lease.Flat.Address}",
            $"lease: {lease.Number} ({lease.Id:D})",
            $"applicant: {applicant}",
            $"recipient: {lease.TenantName}, IIN {lease.TenantIin}",
            $"lessor: {lease.LessorName}, BIN {lease.LessorBin}",
        };
        if (lease.SpouseIin is not null) lines.Add($"spouse: {lease.SpouseName}, IIN {lease.SpouseIin}");
        lines.Add($"basis: {basisKind}, sha256 {Convert.ToHexStringLower(SHA256.HashData(basisContent))}");
        if (courtDecision is not null)
        {
            // Seed 000: the termination is ordered by the court; the form cites the decision by its hash.
            lines.Add($"court-decision: {courtDecision.Title.ReplaceLineEndings(" ")}, sha256 {Convert.ToHexStringLower(SHA256.HashData(courtDecision.Content))}");
        }

        if (relatedRegistrationId is { } related) lines.Add($"related-termination: {related:D}");
        lines.Add($"formed-at: {formedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }
}

using System.Globalization;
using RentToOwn.Domain;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Term.Courts;

namespace RentToOwn.Platform.Term.Closing;

/// <summary>
/// The texts of the closing documents, in Kazakh and Russian (A.29): KTK's letter to the registering authority asking to
/// register the termination of the lease encumbrance, and the property transfer contract between KTK and the tenant.
/// The letter cites its ground: the purchase paid in full, the tenant's signed voluntary request, or the court decision
/// (court, case, date and the decision file's SHA-256).
/// </summary>
public static class ClosingDocuments
{
    private static string D(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string M(long tiyn) => new Money(tiyn).ToDocumentString();

    /// <summary>KTK's letter for the termination of the encumbrance.</summary>
    public static TermDocument Letter(LeaseRecord lease, string number, DateOnly date, ClosingReason reason, long paidTiyn, string? completedBy, TerminationRecord? termination)
    {
        var paragraphs = new List<string>
        {
            "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу органына (ЖМБМК АЖ) / В орган государственной регистрации прав на недвижимое имущество (ИС ГБД РН)",
            $"# Жалға беруші / Арендодатель: {lease.LessorName}, БСН / БИН {lease.LessorBin}",
            $"# Шарт / Договор: № {lease.Number}, {D(lease.StartDate)}, SHA-256 {lease.ContractSha256}",
            $"Пәтер / Квартира: кадастрлық нөмірі / кадастровый номер {lease.Flat.CadastralNumber}, {lease.Flat.Address}",
            $"Жалға алушы / Арендатор: {lease.TenantName}, ЖСН / ИИН {lease.TenantIin}",
        };
        switch (reason)
        {
            case ClosingReason.Purchase:
                paragraphs.Add(completedBy == "buyout"
                    ? $"Жалға алушы пәтерді мерзімінен бұрын сатып алды; төленген сома {M(paidTiyn)} теңге."
                    : $"Жалға алушы сатып алу бағасын кесте бойынша толық төледі; төленген сома {M(paidTiyn)} теңге.");
                paragraphs.Add(completedBy == "buyout"
                    ? $"Арендатор досрочно выкупил квартиру; уплачено {M(paidTiyn)} тенге."
                    : $"Арендатор полностью уплатил выкупную цену по графику; уплачено {M(paidTiyn)} тенге.");
                break;
            case ClosingReason.VoluntaryTermination:
                paragraphs.Add($"Шарт жалға алушының ЭЦҚ-мен қол қойылған ерікті өтініші бойынша сатып алусыз тоқтатылады (өтініштің SHA-256: {termination?.DocumentSha256}).");
                paragraphs.Add($"Договор прекращается без выкупа по добровольному заявлению арендатора, подписанному его ЭЦП (SHA-256 заявления: {termination?.DocumentSha256}).");
                break;
            case ClosingReason.CourtDecision:
                paragraphs.Add($"Шарт сот шешімі негізінде тоқтатылады: {termination?.CourtName}, іс № {termination?.CaseNumber}, {(termination?.DecisionDate is { } dd ? D(dd) : "")}; шешім файлының SHA-256: {termination?.DocumentSha256}. Негіз: {termination?.Ground}.");
                paragraphs.Add($"Договор прекращается на основании решения суда: {termination?.CourtName}, дело № {termination?.CaseNumber}, {(termination?.DecisionDate is { } dr ? D(dr) : "")}; SHA-256 файла решения: {termination?.DocumentSha256}. Основание: {termination?.Ground}.");
                paragraphs.Add("Ешкімді сот шешімінсіз тұрғын үйден айыруға болмайды (ҚР Конституциясы, 25-бап 1-т.). / Никто не может быть лишен жилища иначе как по решению суда (Конституция РК, ст. 25 п. 1).");
                break;
        }

        paragraphs.Add("ҚТК жалдау ауыртпалығын тоқтатуды тіркеуді сұрайды. / КЖК просит зарегистрировать прекращение обременения (аренды).");
        return new TermDocument($"Хат / Письмо № {number}", lease.LessorName, date,
            [lease.LessorName, $"Хат / Письмо № {number}", $"{lease.City}, {D(date)}", "Ауыртпалықты тоқтату туралы / О прекращении обременения"],
            paragraphs,
            [$"ҚТК басшысы / Руководитель КЖК, {lease.LessorName}, БСН / БИН {lease.LessorBin}"]);
    }

    /// <summary>The property transfer contract (the tenant's ownership, A.29 (2)).</summary>
    public static TermDocument Transfer(LeaseRecord lease, string number, DateOnly date, long paidTiyn, string? completedBy) => new(
        $"Беру шарты / Договор передачи № {number}", lease.LessorName, date,
        ["МҮЛІКТІ БЕРУ ШАРТЫ / ДОГОВОР ПЕРЕДАЧИ ИМУЩЕСТВА", $"№ {number}", $"{lease.City}, {D(date)}"],
        [
            $"# Беруші / Передающая сторона: {lease.LessorName}, БСН / БИН {lease.LessorBin}",
            $"# Алушы / Приобретатель: {lease.TenantName}, ЖСН / ИИН {lease.TenantIin}",
            $"Пәтер / Квартира: кадастрлық нөмірі / кадастровый номер {lease.Flat.CadastralNumber}, {lease.Flat.Address}, {lease.Flat.TotalArea.ToString("0.0#", CultureInfo.InvariantCulture)} м², {lease.Flat.Rooms} бөлме / комн.",
            $"Негіз / Основание: сатып алу құқығымен жалдау шарты / договор аренды с правом выкупа № {lease.Number} ({D(lease.StartDate)}, SHA-256 {lease.ContractSha256}).",
            $"1. Сатып алу бағасы {M(lease.PriceTiyn)} теңге толық төленді ({(completedBy == "buyout" ? "мерзімінен бұрын сатып алу" : "кесте бойынша")}; барлығы {M(paidTiyn)} теңге). / Выкупная цена {M(lease.PriceTiyn)} тенге уплачена полностью ({(completedBy == "buyout" ? "досрочный выкуп" : "по графику")}; всего {M(paidTiyn)} тенге).",
            "2. Беруші пәтерді Алушының меншігіне береді; меншік құқығы мемлекеттік тіркелген сәттен бастап туындайды. / Передающая сторона передаёт квартиру в собственность Приобретателя; право собственности возникает с момента государственной регистрации.",
            "3. Шартқа тараптар ЭЦҚ-мен қол қояды. / Договор подписывается сторонами ЭЦП.",
        ],
        [$"Алушы / Приобретатель: {lease.TenantName}", $"Беруші / Передающая сторона: ҚТК басшысы / Руководитель КЖК, {lease.LessorName}"]);

    /// <summary>The exact bytes a tenant signs to end the lease voluntarily without purchase (UTF-8 text).</summary>
    public static byte[] VoluntaryRequest(LeaseRecord lease) => System.Text.Encoding.UTF8.GetBytes(string.Join('\n',
        $"ЕРІКТІ ТОҚТАТУ ТУРАЛЫ ӨТІНІШ / ЗАЯВЛЕНИЕ О ДОБРОВОЛЬНОМ ПРЕКРАЩЕНИИ",
        $"Шарт / Договор № {lease.Number}, SHA-256 {lease.ContractSha256}",
        $"Пәтер / Квартира: {lease.Flat.CadastralNumber}, {lease.Flat.Address}",
        $"Жалға алушы / Арендатор: {lease.TenantName}, ЖСН / ИИН {lease.TenantIin}",
        "Мен шартты сатып алусыз өз еркіммен тоқтатамын және пәтерді босатуға келісемін.",
        "Я по своей воле прекращаю договор без выкупа и согласен(на) освободить квартиру.",
        ""));
}

using System.Globalization;
using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Applications;

/// <summary>Texts of the guarantor's questionnaire (A.12 → A.8–A.10) and of inviting a legal entity (A.2.9, A.11), in Kazakh (default), Russian and English.</summary>
public sealed class GuarantorTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["g.questionnaire"] = "Кепілгердің сауалнамасы мен құжаттары (A.12: A.8–A.10)", ["g.open"] = "Сауалнаманы толтыру",
            ["g.employer"] = "Жұмыс беруші", ["g.orgname"] = "Ұйымның тіркелген атауы", ["g.position"] = "Лауазымы",
            ["g.income"] = "Орташа айлық табыс, ₸", ["g.orgincome"] = "Орташа айлық таза табыс, ₸",
            ["g.obligations"] = "Қолданыстағы міндеттемелер бойынша айлық төлемдер, ₸", ["g.save"] = "Сақтау",
            ["g.docs"] = "Құжаттар", ["g.kind"] = "Құжат", ["g.file"] = "Файл", ["g.upload"] = "Тіркеу",
            ["g.missing"] = "Әлі жетіспейді", ["g.ready"] = "Барлығы берілді: өтінішке қол қоюға болады.",
            ["g.org"] = "Заңды тұлға, БСН {0}: басшының ЭЦҚ-мен қол қойылады", ["g.back"] = "Шақыруларға оралу",
            ["g.doc.EmploymentCertificate"] = "Жұмыс орнынан анықтама", ["g.doc.SalaryCertificate"] = "Жалақы туралы анықтама",
            ["g.doc.RegistrationCertificate"] = "Мемлекеттік тіркеу туралы анықтама", ["g.doc.FinancialStatement"] = "Қаржылық есептілік",
            ["g.missing.questionnaire"] = "сауалнама",
            ["g.invite.org"] = "Немесе ұйымды (мысалы, жұмыс берушіні) БСН бойынша кепілгер ретінде шақырыңыз", ["g.bin"] = "Ұйымның БСН",
            ["g.invite.bin"] = "Ұйымды шақыру",
        },
        ["ru"] = new()
        {
            ["g.questionnaire"] = "Анкета и документы поручителя (A.12: A.8–A.10)", ["g.open"] = "Заполнить анкету",
            ["g.employer"] = "Работодатель", ["g.orgname"] = "Зарегистрированное наименование организации", ["g.position"] = "Должность",
            ["g.income"] = "Средний месячный доход, ₸", ["g.orgincome"] = "Средний месячный чистый доход, ₸",
            ["g.obligations"] = "Ежемесячные платежи по действующим обязательствам, ₸", ["g.save"] = "Сохранить",
            ["g.docs"] = "Документы", ["g.kind"] = "Документ", ["g.file"] = "Файл", ["g.upload"] = "Приложить",
            ["g.missing"] = "Ещё не хватает", ["g.ready"] = "Всё представлено: заявление можно подписать.",
            ["g.org"] = "Юридическое лицо, БИН {0}: подписывает руководитель своей ЭЦП", ["g.back"] = "К приглашениям",
            ["g.doc.EmploymentCertificate"] = "Справка с места работы", ["g.doc.SalaryCertificate"] = "Справка о заработной плате",
            ["g.doc.RegistrationCertificate"] = "Справка о государственной регистрации", ["g.doc.FinancialStatement"] = "Финансовая отчётность",
            ["g.missing.questionnaire"] = "анкета",
            ["g.invite.org"] = "Или пригласите поручителем организацию (например, работодателя) по БИН", ["g.bin"] = "БИН организации",
            ["g.invite.bin"] = "Пригласить организацию",
        },
        ["en"] = new()
        {
            ["g.questionnaire"] = "Guarantor's questionnaire and documents (A.12: A.8–A.10)", ["g.open"] = "Fill in the questionnaire",
            ["g.employer"] = "Employer", ["g.orgname"] = "Organisation's registered name", ["g.position"] = "Position",
            ["g.income"] = "Average monthly income, ₸", ["g.orgincome"] = "Average monthly net income, ₸",
            ["g.obligations"] = "Monthly payments on existing obligations, ₸", ["g.save"] = "Save",
            ["g.docs"] = "Documents", ["g.kind"] = "Document", ["g.file"] = "File", ["g.upload"] = "Attach",
            ["g.missing"] = "Still missing", ["g.ready"] = "Everything is given: the application can be signed.",
            ["g.org"] = "Legal entity, BIN {0}: signed by its head with the head's EDS", ["g.back"] = "Back to the invitations",
            ["g.doc.EmploymentCertificate"] = "Employment certificate", ["g.doc.SalaryCertificate"] = "Salary certificate",
            ["g.doc.RegistrationCertificate"] = "Certificate of state registration", ["g.doc.FinancialStatement"] = "Financial statements",
            ["g.missing.questionnaire"] = "questionnaire",
            ["g.invite.org"] = "Or invite an organisation (e.g. your employer) as guarantor by its BIN", ["g.bin"] = "Organisation's BIN",
            ["g.invite.bin"] = "Invite the organisation",
        },
    };

    /// <summary>The text for <paramref name="key"/> in the current language (Kazakh, then the key, as fallback).</summary>
    public string this[string key] =>
        Texts.TryGetValue(Languages.Current, out var d) && d.TryGetValue(key, out var s) ? s : Texts["kk"].TryGetValue(key, out var k) ? k : key;

    /// <summary>Formats <paramref name="key"/>.</summary>
    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>A missing item (<see cref="GuarantorProfiles.Missing"/>) for people.</summary>
    public string Missing(string item) => this[item == "questionnaire" ? "g.missing.questionnaire" : "g.doc." + item];

    /// <summary>Keys missing in some language (used by tests).</summary>
    public static IEnumerable<string> MissingKeys() =>
        Texts.Values.SelectMany(d => d.Keys).Distinct().Where(k => Texts.Values.Any(d => !d.ContainsKey(k)));
}

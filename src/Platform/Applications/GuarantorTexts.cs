using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Applications;

/// <summary>Texts of the guarantor's questionnaire (A.12 → A.8–A.10) and of inviting a legal entity (A.2.9, A.11), in Kazakh (default), Russian and English.</summary>
public static class GuarantorTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["questionnaire"] = "Кепілгердің сауалнамасы мен құжаттары (A.12: A.8–A.10)", ["open"] = "Сауалнаманы толтыру",
            ["employer"] = "Жұмыс беруші", ["orgname"] = "Ұйымның тіркелген атауы", ["position"] = "Лауазымы",
            ["income"] = "Орташа айлық табыс, ₸", ["orgincome"] = "Орташа айлық таза табыс, ₸",
            ["obligations"] = "Қолданыстағы міндеттемелер бойынша айлық төлемдер, ₸", ["save"] = "Сақтау",
            ["docs"] = "Құжаттар", ["kind"] = "Құжат", ["file"] = "Файл", ["upload"] = "Тіркеу",
            ["missing"] = "Әлі жетіспейді", ["ready"] = "Барлығы берілді: өтінішке қол қоюға болады.",
            ["org"] = "Заңды тұлға, БСН {0}: басшының ЭЦҚ-мен қол қойылады", ["back"] = "Шақыруларға оралу",
            ["doc.EmploymentCertificate"] = "Жұмыс орнынан анықтама", ["doc.SalaryCertificate"] = "Жалақы туралы анықтама",
            ["doc.RegistrationCertificate"] = "Мемлекеттік тіркеу туралы анықтама", ["doc.FinancialStatement"] = "Қаржылық есептілік",
            ["missing.questionnaire"] = "сауалнама",
            ["invite.org"] = "Немесе ұйымды (мысалы, жұмыс берушіні) БСН бойынша кепілгер ретінде шақырыңыз", ["bin"] = "Ұйымның БСН",
            ["invite.bin"] = "Ұйымды шақыру",
        },
        ["ru"] = new()
        {
            ["questionnaire"] = "Анкета и документы поручителя (A.12: A.8–A.10)", ["open"] = "Заполнить анкету",
            ["employer"] = "Работодатель", ["orgname"] = "Зарегистрированное наименование организации", ["position"] = "Должность",
            ["income"] = "Средний месячный доход, ₸", ["orgincome"] = "Средний месячный чистый доход, ₸",
            ["obligations"] = "Ежемесячные платежи по действующим обязательствам, ₸", ["save"] = "Сохранить",
            ["docs"] = "Документы", ["kind"] = "Документ", ["file"] = "Файл", ["upload"] = "Приложить",
            ["missing"] = "Ещё не хватает", ["ready"] = "Всё представлено: заявление можно подписать.",
            ["org"] = "Юридическое лицо, БИН {0}: подписывает руководитель своей ЭЦП", ["back"] = "К приглашениям",
            ["doc.EmploymentCertificate"] = "Справка с места работы", ["doc.SalaryCertificate"] = "Справка о заработной плате",
            ["doc.RegistrationCertificate"] = "Справка о государственной регистрации", ["doc.FinancialStatement"] = "Финансовая отчётность",
            ["missing.questionnaire"] = "анкета",
            ["invite.org"] = "Или пригласите поручителем организацию (например, работодателя) по БИН", ["bin"] = "БИН организации",
            ["invite.bin"] = "Пригласить организацию",
        },
        ["en"] = new()
        {
            ["questionnaire"] = "Guarantor's questionnaire and documents (A.12: A.8–A.10)", ["open"] = "Fill in the questionnaire",
            ["employer"] = "Employer", ["orgname"] = "Organisation's registered name", ["position"] = "Position",
            ["income"] = "Average monthly income, ₸", ["orgincome"] = "Average monthly net income, ₸",
            ["obligations"] = "Monthly payments on existing obligations, ₸", ["save"] = "Save",
            ["docs"] = "Documents", ["kind"] = "Document", ["file"] = "File", ["upload"] = "Attach",
            ["missing"] = "Still missing", ["ready"] = "Everything is given: the application can be signed.",
            ["org"] = "Legal entity, BIN {0}: signed by its head with the head's EDS", ["back"] = "Back to the invitations",
            ["doc.EmploymentCertificate"] = "Employment certificate", ["doc.SalaryCertificate"] = "Salary certificate",
            ["doc.RegistrationCertificate"] = "Certificate of state registration", ["doc.FinancialStatement"] = "Financial statements",
            ["missing.questionnaire"] = "questionnaire",
            ["invite.org"] = "Or invite an organisation (e.g. your employer) as guarantor by its BIN", ["bin"] = "Organisation's BIN",
            ["invite.bin"] = "Invite the organisation",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>guarantor.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("guarantor", Texts);

    /// <summary>The store key of a missing item (<see cref="GuarantorProfiles.Missing"/>).</summary>
    public static string MissingKey(string item) => item == "questionnaire" ? "guarantor.missing.questionnaire" : "guarantor.doc." + item;
}

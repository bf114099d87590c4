using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Identity;

/// <summary>Why an EDS login is refused (<see cref="LoginOutcome"/>), in kk/ru/en. Keys <c>identity.refused.…</c>; arguments in braces.</summary>
public static class IdentityRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["title"] = "Кіру қабылданбады",
            ["not_this_browser"] = "Кіру қабылданбады: бұл сұрау осы браузерге берілмеген (кіру бетінде жаңасын сұраңыз).",
            ["not_verified"] = "Кіру қабылданбады: {0}.",
            ["no_iin"] = "Сертификатта ЖСН жоқ.",
            ["no_account"] = "Бұл ЖСН-нің платформада тіркелгісі жоқ. Алушылар әкімдіктің тізімінен қосылады (A.6–A.7).",
            ["wrong_role"] = "Бұл сертификатта платформадағы тіркелгіңізге қажет ұйым немесе рөл жоқ.",
        },
        ["ru"] = new()
        {
            ["title"] = "Вход отклонён",
            ["not_this_browser"] = "Вход отклонён: этот запрос выдан не этому браузеру (запросите новый на странице входа).",
            ["not_verified"] = "Вход отклонён: {0}.",
            ["no_iin"] = "В сертификате нет ИИН.",
            ["no_account"] = "У этого ИИН нет учётной записи на платформе. Получатели добавляются из списка акимата (A.6–A.7).",
            ["wrong_role"] = "В этом сертификате нет организации или роли, которые нужны вашей учётной записи на платформе.",
        },
        ["en"] = new()
        {
            ["title"] = "Login refused",
            ["not_this_browser"] = "Login refused: this challenge was not issued to this browser (ask for a new one on the login page).",
            ["not_verified"] = "Login refused: {0}.",
            ["no_iin"] = "The certificate carries no IIN.",
            ["no_account"] = "This IIN has no account on the platform. Recipients are added from the akimat's list (A.6–A.7).",
            ["wrong_role"] = "This certificate does not carry the organisation or role that your platform account needs.",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("identity.refused", Texts);
}

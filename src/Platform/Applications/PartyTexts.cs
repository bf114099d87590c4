using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Applications;

/// <summary>Texts of the spouse cabinet and the guarantor/spouse consent prompt, in Kazakh (default), Russian and English.</summary>
public static class PartyTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["nav.spouse"] = "Жұбайдың кабинеті", ["spouse.title"] = "Жұбайдың кабинеті", ["spouse.none"] = "Сізді жұбай ретінде көрсеткен өтініш жоқ.",
            ["spouse.applications"] = "Өтініштер", ["spouse.contracts"] = "Шарттар", ["spouse.contracts.none"] = "Шарт әлі жасалмаған.",
            ["spouse.notyet"] = "Өтініш әлі берілмеген.", ["signed"] = "Қол қойылды", ["open"] = "Ашу",
            ["consent.needed"] = "KTK сіздің деректеріңізді тексеруі үшін (A.14–A.15) дербес деректерге келісім беріңіз (A.9).",
            ["consent.link"] = "Келісімге қол қою", ["consent.live"] = "Дербес деректерге келісім берілді (A.9).",
        },
        ["ru"] = new()
        {
            ["nav.spouse"] = "Кабинет супруга(-и)", ["spouse.title"] = "Кабинет супруга(-и)", ["spouse.none"] = "Нет заявлений, где вы указаны супругом(-ой).",
            ["spouse.applications"] = "Заявления", ["spouse.contracts"] = "Договоры", ["spouse.contracts.none"] = "Договора ещё нет.",
            ["spouse.notyet"] = "Заявление ещё не подано.", ["signed"] = "Подписано", ["open"] = "Открыть",
            ["consent.needed"] = "Чтобы КЖК могла проверить ваши данные (A.14–A.15), дайте согласие на персональные данные (A.9).",
            ["consent.link"] = "Подписать согласие", ["consent.live"] = "Согласие на персональные данные дано (A.9).",
        },
        ["en"] = new()
        {
            ["nav.spouse"] = "Spouse cabinet", ["spouse.title"] = "Spouse cabinet", ["spouse.none"] = "No application names you as the spouse.",
            ["spouse.applications"] = "Applications", ["spouse.contracts"] = "Contracts", ["spouse.contracts.none"] = "No contract yet.",
            ["spouse.notyet"] = "The application is not submitted yet.", ["signed"] = "Signed", ["open"] = "Open",
            ["consent.needed"] = "So that KTK can check your data (A.14–A.15), give your personal-data consent (A.9).",
            ["consent.link"] = "Sign the consent", ["consent.live"] = "Personal-data consent given (A.9).",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>party.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("party", Texts);
}

using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Housing;

/// <summary>Why the flat-offer answers refuse, in kk/ru/en. Keys <c>housing.refused.…</c>; arguments in braces.</summary>
public static class HousingRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["unknown_state"] = "Белгісіз күй «{0}»: Free, Offered, Leased немесе Sold мәндерінің бірін қолданыңыз.",
            ["no_offer"] = "Мұндай ұсыныс жоқ.",
            ["answered"] = "Ұсынысқа жауап берілген: {0}.",
            ["answered_meanwhile"] = "Осы аралықта ұсынысқа жауап берілді; бетті жаңартыңыз.",
            ["status.Pending"] = "жауап күтуде",
            ["status.Accepted"] = "қабылданды",
            ["status.Declined"] = "бас тартылды",
        },
        ["ru"] = new()
        {
            ["unknown_state"] = "Неизвестное состояние «{0}»: используйте Free, Offered, Leased или Sold.",
            ["no_offer"] = "Такого предложения нет.",
            ["answered"] = "На предложение уже дан ответ: {0}.",
            ["answered_meanwhile"] = "Тем временем на предложение уже ответили; обновите страницу.",
            ["status.Pending"] = "ожидает ответа",
            ["status.Accepted"] = "принято",
            ["status.Declined"] = "отклонено",
        },
        ["en"] = new()
        {
            ["unknown_state"] = "Unknown state \"{0}\": use Free, Offered, Leased or Sold.",
            ["no_offer"] = "No such offer.",
            ["answered"] = "The offer was already answered: {0}.",
            ["answered_meanwhile"] = "The offer was answered meanwhile; reload the page.",
            ["status.Pending"] = "pending",
            ["status.Accepted"] = "accepted",
            ["status.Declined"] = "declined",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("housing.refused", Texts);
}

using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Consents;

/// <summary>Why the consent gate and withdrawal refuse (A.9, Appendix), in kk/ru/en. Keys <c>consents.refused.…</c>; arguments in braces.</summary>
public static class ConsentRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["withdrawing"] = "Бұл келісім дәл қазір кері қайтарылып жатыр; бетті жаңартыңыз.",
            ["form_not_issued"] = "Бұл келісім нысаны сізге осы тілде берілмеген: нысанды қайта ашып (GET /api/consents/form), соған қол қойыңыз.",
            ["whose.yours"] = "сіздің",
            ["whose.tenant"] = "жалға алушының",
            ["withdrawn_on"] = "Дербес деректерді жинауға және өңдеуге келісім ({0}) {1} күні кері қайтарылды; соған байланысты әрекеттер тоқтатылды. Жалғастыру үшін жаңа келісім қажет (A.9, Қосымша).",
            ["expired_on"] = "Дербес деректерді жинауға және өңдеуге келісімнің ({0}) мерзімі {1} күні аяқталды; жалғастыру үшін жаңа келісім қажет (A.9, Қосымша).",
            ["needed"] = "Алдымен дербес деректерді жинауға және өңдеуге келісім ({0}) қажет (A.9, Қосымша нысаны).",
            ["no_consent"] = "Сізде мұндай келісім жоқ.",
            ["withdrawn"] = "Бұл келісім кері қайтарылған.",
            ["expired"] = "Бұл келісімнің мерзімі аяқталды.",
        },
        ["ru"] = new()
        {
            ["withdrawing"] = "Это согласие прямо сейчас отзывается; обновите страницу.",
            ["form_not_issued"] = "Эта форма согласия не выдавалась вам на этом языке: откройте форму заново (GET /api/consents/form) и подпишите её.",
            ["whose.yours"] = "ваше",
            ["whose.tenant"] = "арендатора",
            ["withdrawn_on"] = "Согласие на сбор и обработку персональных данных ({0}) отозвано {1}; всё, что от него зависит, остановлено. Чтобы продолжить, нужно новое согласие (A.9, Приложение).",
            ["expired_on"] = "Срок согласия на сбор и обработку персональных данных ({0}) истёк {1}; чтобы продолжить, нужно новое согласие (A.9, Приложение).",
            ["needed"] = "Сначала нужно согласие на сбор и обработку персональных данных ({0}) (A.9, форма Приложения).",
            ["no_consent"] = "У вас нет такого согласия.",
            ["withdrawn"] = "Это согласие уже отозвано.",
            ["expired"] = "Срок этого согласия истёк.",
        },
        ["en"] = new()
        {
            ["withdrawing"] = "This consent is being withdrawn right now; reload the page.",
            ["form_not_issued"] = "This consent form was not issued to you in this language: open the form again (GET /api/consents/form) and sign that one.",
            ["whose.yours"] = "Your",
            ["whose.tenant"] = "The tenant's",
            ["withdrawn_on"] = "{0} consent to the processing of personal data was withdrawn on {1}; what depends on it has stopped. A new consent is needed to go on (A.9, Appendix).",
            ["expired_on"] = "{0} consent to the processing of personal data expired on {1}; a new consent is needed to go on (A.9, Appendix).",
            ["needed"] = "{0} consent to the processing of personal data (A.9, Appendix form) is needed first.",
            ["no_consent"] = "No such consent of yours.",
            ["withdrawn"] = "This consent is already withdrawn.",
            ["expired"] = "This consent has expired.",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("consents.refused", Texts);
}

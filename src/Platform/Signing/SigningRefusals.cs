using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Signing;

/// <summary>Why a signature is refused (<see cref="SignatureAcceptance"/>) and how refusals name signatures and signers, in kk/ru/en. Keys <c>signing.…</c>; arguments in braces.</summary>
public static class SigningRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["refused.not_accepted"] = "Қолтаңба қабылданбады ({0}): {1}.",
            ["refused.one_signature"] = "дәл бір қолтаңба күтіледі",
            ["refused.not_by"] = "Қолтаңбаны ({0}) қоюға тиісті тұлға ({1}) қоймаған: ол сол тұлғаның өз ЭЦҚ-сымен қойылады.",
            ["refused.wrong_key"] = "Қолтаңба ({0}) мына кілтпен қойылған: {1}; қажетті кілт: {2}.",
            ["refused.wanted_head"] = "БСН {0} ұйым басшысының кілті (сертификатта басшы рөлі бар)",
            ["refused.wanted_organisation"] = "БСН {0} ұйымның кілті",
            ["refused.made_personal"] = "жеке кілт (сертификатта ұйым көрсетілмеген)",
            ["refused.made_other"] = "басқа ұйымның кілті (БСН {0})",
            ["refused.made_employee"] = "сол ұйым қызметкерінің кілті, басшысының емес",
            ["refused.busy"] = "Бұл қадамға қол қойылған немесе дәл қазір басқа сұраныспен қойылып жатыр; бетті жаңартыңыз.",
            ["name.signature"] = "қолтаңба",
            ["name.approval"] = "мақұлдау қолтаңбасы",
            ["name.consent"] = "келісім қолтаңбасы",
            ["name.ktk_certification"] = "ҚТК уәкілетті тұлғасының куәландыруы",
            ["name.withdrawal"] = "келісімді қайтарып алу қолтаңбасы",
            ["name.verdict"] = "тіркеушінің қорытындыға қойған қолтаңбасы",
            ["who.head_of"] = "сауалнаманы толтырған БСН {0} ұйымның басшысы",
            ["who.ktk_officer"] = "жазбаны енгізетін ҚТК қызметкері",
            ["who.ktk_head"] = "ҚТК басшысы",
            ["who.tenant"] = "жалға алушы",
        },
        ["ru"] = new()
        {
            ["refused.not_accepted"] = "Подпись не принята ({0}): {1}.",
            ["refused.one_signature"] = "ожидается ровно одна подпись",
            ["refused.not_by"] = "Подпись ({0}) поставлена не тем лицом, кто должен подписать ({1}): она ставится собственной ЭЦП этого лица.",
            ["refused.wrong_key"] = "Подпись ({0}) поставлена ключом: {1}; требуется ключ: {2}.",
            ["refused.wanted_head"] = "ключ руководителя организации с БИН {0} (роль руководителя в сертификате)",
            ["refused.wanted_organisation"] = "ключ организации с БИН {0}",
            ["refused.made_personal"] = "личный ключ (в сертификате не указана организация)",
            ["refused.made_other"] = "ключ другой организации (БИН {0})",
            ["refused.made_employee"] = "ключ сотрудника этой организации, а не её руководителя",
            ["refused.busy"] = "Этот шаг уже подписан или подписывается прямо сейчас в другом запросе; обновите страницу.",
            ["name.signature"] = "подпись",
            ["name.approval"] = "подпись одобрения",
            ["name.consent"] = "подпись согласия",
            ["name.ktk_certification"] = "удостоверение уполномоченным лицом КЖК",
            ["name.withdrawal"] = "подпись отзыва согласия",
            ["name.verdict"] = "подпись регистратора под заключением",
            ["who.head_of"] = "руководитель организации с БИН {0}, заполнивший её анкету",
            ["who.ktk_officer"] = "сотрудник КЖК, который вносит запись",
            ["who.ktk_head"] = "руководитель КЖК",
            ["who.tenant"] = "арендатор",
        },
        ["en"] = new()
        {
            ["refused.not_accepted"] = "The {0} was not accepted: {1}.",
            ["refused.one_signature"] = "exactly one signature expected",
            ["refused.not_by"] = "The {0} is not by {1}: it must be made with their own EDS.",
            ["refused.wrong_key"] = "The {0} was made with {1}; it must be made with {2}.",
            ["refused.wanted_head"] = "the key of the head of the organisation with BIN {0} (the head role in the certificate)",
            ["refused.wanted_organisation"] = "a key of the organisation with BIN {0}",
            ["refused.made_personal"] = "a personal key (the certificate names no organisation)",
            ["refused.made_other"] = "the key of another organisation (BIN {0})",
            ["refused.made_employee"] = "the key of an employee of that organisation, not its head's",
            ["refused.busy"] = "This step is already signed, or being signed right now by another submission; reload the page.",
            ["name.signature"] = "signature",
            ["name.approval"] = "approval signature",
            ["name.consent"] = "consent signature",
            ["name.ktk_certification"] = "certification by KTK's authorised person",
            ["name.withdrawal"] = "withdrawal signature",
            ["name.verdict"] = "registrar's signature over the verdict findings",
            ["who.head_of"] = "the head of the organisation with BIN {0} who filled in its questionnaire",
            ["who.ktk_officer"] = "the KTK officer recording it",
            ["who.ktk_head"] = "KTK's head",
            ["who.tenant"] = "the tenant",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("signing", Texts);
}

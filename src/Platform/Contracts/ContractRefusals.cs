using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Contracts;

/// <summary>Why contract signing refuses (A.18), in kk/ru/en. Keys <c>contracts.refused.…</c>; arguments in braces.</summary>
public static class ContractRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["no_contract"] = "Сіздің шарттарыңыздың арасында мұндай шарт жоқ.",
            ["needs_ktk_head"] = "Шартқа ең соңында ҚТК басшысы ЭЦҚ-сымен қол қояды (ҚТК БСН {0} және басшы рөлі).",
            ["stored_meanwhile"] = "Осы аралықта бұл қадамға басқа қолтаңба сақталды; шартты жаңартыңыз.",
            ["busy"] = "Шарттың бұл қадамына қол қойылған немесе дәл қазір басқа сұраныспен қойылып жатыр; шартты жаңартыңыз.",
            ["signed_by_all"] = "Шартқа барлық тараптар қол қойды.",
            ["signed_already"] = "Сіз бұл шартқа қол қойып қойдыңыз.",
            ["order"] = "Қол қою тәртібі: жалға алушы → жұбайы (некеде болса) → әрбір кепілгер → ҚТК басшысы (A.18); шарт қазір мына тараптың қолын күтуде: {0}.",
            ["who.tenant"] = "жалға алушы",
            ["who.spouse"] = "жалға алушының жұбайы",
            ["who.guarantor"] = "{1} кепілгердің {0}-і",
            ["who.ktk_head"] = "ҚТК басшысы",
        },
        ["ru"] = new()
        {
            ["no_contract"] = "Среди ваших договоров нет такого.",
            ["needs_ktk_head"] = "Договор подписывается последним ЭЦП руководителя КЖК (БИН КЖК {0} и роль руководителя).",
            ["stored_meanwhile"] = "Тем временем для этого шага уже сохранена другая подпись; обновите договор.",
            ["busy"] = "Этот шаг договора уже подписан или подписывается прямо сейчас в другом запросе; обновите договор.",
            ["signed_by_all"] = "Договор уже подписан всеми сторонами.",
            ["signed_already"] = "Вы уже подписали этот договор.",
            ["order"] = "Порядок подписания: арендатор → супруг(а) (если в браке) → каждый поручитель → руководитель КЖК (A.18); сейчас договор ожидает подписи: {0}.",
            ["who.tenant"] = "арендатор",
            ["who.spouse"] = "супруг(а) арендатора",
            ["who.guarantor"] = "поручитель {0} из {1}",
            ["who.ktk_head"] = "руководитель КЖК",
        },
        ["en"] = new()
        {
            ["no_contract"] = "No such contract among yours.",
            ["needs_ktk_head"] = "The contract is signed last with the EDS of KTK's head (KTK BIN {0} and head role).",
            ["stored_meanwhile"] = "Another signature for this step was stored meanwhile; reload the contract.",
            ["busy"] = "This step of the contract is already signed, or being signed right now by another submission; reload the contract.",
            ["signed_by_all"] = "The contract is already signed by every party.",
            ["signed_already"] = "You have already signed this contract.",
            ["order"] = "The signing order is tenant → spouse (if married) → each guarantor → KTK head (A.18); the contract now waits for: {0}.",
            ["who.tenant"] = "tenant",
            ["who.spouse"] = "tenant's spouse",
            ["who.guarantor"] = "guarantor {0} of {1}",
            ["who.ktk_head"] = "KTK head",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("contracts.refused", Texts);
}

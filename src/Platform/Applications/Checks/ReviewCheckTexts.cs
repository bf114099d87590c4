using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Applications.Checks;

/// <summary>Texts of the A.14–A.15 review checks in Kazakh (default), Russian and English.</summary>
public static class ReviewCheckTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["source.EdsOwnership"] = "Платформа: ЭЦҚ қолтаңбалары + ҰКО сенімі", ["source.CivilStanding"] = "ЖТ МДБ (кадастр симуляторының күйі)",
            ["source.Solvency"] = "Өтінім A.8 + төлем кестесі", ["source.CreditHistory"] = "Кредиттік бюро (алмастырғыш)", ["source.Litigation"] = "Сот деректері (алмастырғыш)",
            ["source.Affiliation"] = "ҚТК үлестес тұлғалар тізімі (алмастырғыш)", ["source.FinancingList"] = "Қаржыландыру тізімі (кадастр симуляторының күйі)",
            ["title"] = "Тексерулер (A.14–A.15)", ["rerun"] = "Тексерулерді қайта жүргізу", ["col.subject"] = "Кім", ["col.check"] = "Тексеру",
            ["guarantor.ask"] = "Кепілгерді сұрау (A.11)", ["guarantor.reason"] = "Неліктен кепілгер қажет",
            ["history"] = "Бұрынғы тексерулер",
            ["app.children"] = "Балалар саны (A.10: туу туралы куәліктер)", ["app.previouslyMarried"] = "Бұрын некеде болдым (A.10: ажырасу немесе қайтыс болу туралы куәлік)", ["docs.required"] = "Қажетті құжаттар (A.10)",
            ["guarantor.requested"] = "ҚТК кепілгерді сұрады (A.11)", ["guarantor.invite"] = "Кепілгерді шақырыңыз: өтінім кепілгер қол қойғаннан кейін қаралады.",
            ["share.info"] = "Ақпарат үшін: тұрғын үй шығындары табыстың {0} % құрайды (тұрғын үй көмегі 20 %-дан асқанда беріледі)",
            ["col.outcome"] = "Нәтиже", ["col.reason"] = "Себебі", ["col.source"] = "Дереккөз", ["checked"] = "Тексерілді",
            ["summary"] = "{0} өтпеді, {1} қолжетімсіз", ["summary.failed"] = "{0} өтпеді", ["failed.warning"] = "Кейбір тексерулер өтпеді. Шешім — сіздікі: мақұлдау алдында оларды қарап шығыңыз.",
            ["acknowledge"] = "Өтпеген тексерулерді қарап шықтым",
            ["role.tenant"] = "Жалға алушы", ["role.spouse"] = "Жұбайы", ["role.guarantor"] = "Кепілгер {0}",
            ["kind.EdsOwnership"] = "ЭЦҚ иесі", ["kind.CivilStanding"] = "Азаматтық мәртебе (ЖТ МДБ)", ["kind.Solvency"] = "Төлем қабілеттілігі",
            ["kind.CreditHistory"] = "Несие тарихы", ["kind.Litigation"] = "Сот істері", ["kind.Affiliation"] = "ҚТК-мен үлестестік",
            ["kind.FinancingList"] = "Терроризм мен экстремизмді қаржыландыру тізімі",
            ["outcome.Passed"] = "Өтті", ["outcome.Failed"] = "Өтпеді", ["outcome.Unavailable"] = "Қолжетімсіз",
            ["reason.noconsent"] = "Адамның дербес деректерге тірі келісімі жоқ (A.9): деректер оқылмады",
            ["reason.source"] = "Дереккөз жауап бермеді: {0}",
            ["eds.ok"] = "{0}: қолтаңба жарамды, сертификаттағы ЖСН осы адамдікі ({1}, сериялық нөмір {2})",
            ["eds.failed"] = "{0}: қолтаңба бұл адамдікі ретінде расталмады: {1}", ["eds.notsigned"] = "Әлі қол қойылмаған",
            ["civil.ok"] = "{0}: тірі, әрекетке қабілетті", ["civil.notfound"] = "ЖТ МДБ-да мұндай ЖСН жоқ", ["civil.dead"] = "{0}: қайтыс болғаны тіркелген",
            ["civil.incapable"] = "{0}: әрекетке қабілетсіз деп танылған",
            ["solvency.ok"] = "Ай сайынғы төлем {0} ₸ — табыстың ({1} ₸) {2} %, шегі {3} %", ["solvency.low"] = "Ай сайынғы төлем {0} ₸ — табыстың ({1} ₸) {2} %, шектен ({3} %) асады (A.11: кепілгерлер)",
            ["solvency.noincome"] = "Табыс көрсетілмеген (A.8)",
            ["credit.ok"] = "Несие тарихы бар, мерзімі өткен төлем жоқ", ["credit.none"] = "Несие тарихы жоқ", ["credit.defaults"] = "Есептен шығарылған / өндіріп алынатын несиелер: {0}",
            ["credit.overdue"] = "Төлем {0} күн кешіктірілген (шегі {1})",
            ["court.none"] = "Сот істері жоқ", ["court.closed"] = "Аяқталған істер: {0}, ашық іс жоқ", ["court.open"] = "Ашық сот істері: {0}",
            ["affiliate.none"] = "ҚТК үлестес тұлғалар тізімінде жоқ", ["affiliate.listed"] = "ҚТК үлестес тұлғалар тізімінде: {0}",
            ["financing.none"] = "Тізімде жоқ", ["financing.listed"] = "Терроризм мен экстремизмді қаржыландыруға байланысты тұлғалар тізімінде бар",
        },
        ["ru"] = new()
        {
            ["source.EdsOwnership"] = "Платформа: подписи ЭЦП + доверие НУЦ", ["source.CivilStanding"] = "ГБД ФЛ (состояние симулятора кадастра)",
            ["source.Solvency"] = "Заявление A.8 + график платежей", ["source.CreditHistory"] = "Кредитное бюро (заглушка)", ["source.Litigation"] = "Судебные данные (заглушка)",
            ["source.Affiliation"] = "Список аффилированных лиц КЖК (заглушка)", ["source.FinancingList"] = "Перечень (состояние симулятора кадастра)",
            ["title"] = "Проверки (A.14–A.15)", ["rerun"] = "Повторить проверки", ["col.subject"] = "Кто", ["col.check"] = "Проверка",
            ["guarantor.ask"] = "Запросить поручителя (A.11)", ["guarantor.reason"] = "Почему нужен поручитель",
            ["history"] = "Предыдущие проверки",
            ["app.children"] = "Число детей (A.10: свидетельства о рождении)", ["app.previouslyMarried"] = "Ранее состоял(а) в браке (A.10: свидетельство о расторжении брака или о смерти)", ["docs.required"] = "Нужные документы (A.10)",
            ["guarantor.requested"] = "КЖК запросила поручителя (A.11)", ["guarantor.invite"] = "Пригласите поручителя: рассмотрение продолжится после его подписи.",
            ["share.info"] = "Для сведения: расходы на жильё составляют {0} % дохода (жилищная помощь — при доле выше 20 %)",
            ["col.outcome"] = "Результат", ["col.reason"] = "Основание", ["col.source"] = "Источник", ["checked"] = "Проверено",
            ["summary"] = "не пройдено: {0}, недоступно: {1}", ["summary.failed"] = "не пройдено: {0}", ["failed.warning"] = "Часть проверок не пройдена. Решение за вами: просмотрите их до одобрения.",
            ["acknowledge"] = "Я просмотрел(а) непройденные проверки",
            ["role.tenant"] = "Наниматель", ["role.spouse"] = "Супруг(а)", ["role.guarantor"] = "Поручитель {0}",
            ["kind.EdsOwnership"] = "Владелец ЭЦП", ["kind.CivilStanding"] = "Гражданский статус (ГБД ФЛ)", ["kind.Solvency"] = "Платёжеспособность",
            ["kind.CreditHistory"] = "Кредитная история", ["kind.Litigation"] = "Судебные дела", ["kind.Affiliation"] = "Аффилированность с КЖК",
            ["kind.FinancingList"] = "Перечень лиц, связанных с финансированием терроризма и экстремизма",
            ["outcome.Passed"] = "Пройдена", ["outcome.Failed"] = "Не пройдена", ["outcome.Unavailable"] = "Недоступна",
            ["reason.noconsent"] = "Нет действующего согласия лица на персональные данные (A.9): данные не читались",
            ["reason.source"] = "Источник не ответил: {0}",
            ["eds.ok"] = "{0}: подпись действительна, ИИН в сертификате — этого лица ({1}, серийный номер {2})",
            ["eds.failed"] = "{0}: подпись не подтверждена как подпись этого лица: {1}", ["eds.notsigned"] = "Ещё не подписано",
            ["civil.ok"] = "{0}: жив(а), дееспособен(на)", ["civil.notfound"] = "ИИН не найден в ГБД ФЛ", ["civil.dead"] = "{0}: зарегистрирована смерть",
            ["civil.incapable"] = "{0}: признан(а) недееспособным(ой)",
            ["solvency.ok"] = "Ежемесячный платёж {0} ₸ — {2} % дохода ({1} ₸), предел {3} %", ["solvency.low"] = "Ежемесячный платёж {0} ₸ — {2} % дохода ({1} ₸), выше предела {3} % (A.11: поручители)",
            ["solvency.noincome"] = "Доход не указан (A.8)",
            ["credit.ok"] = "Кредитная история есть, просрочек нет", ["credit.none"] = "Кредитной истории нет", ["credit.defaults"] = "Списанные / взыскиваемые кредиты: {0}",
            ["credit.overdue"] = "Просрочка {0} дн. (предел {1})",
            ["court.none"] = "Судебных дел нет", ["court.closed"] = "Завершённых дел: {0}, открытых нет", ["court.open"] = "Открытые судебные дела: {0}",
            ["affiliate.none"] = "Нет в списке аффилированных лиц КЖК", ["affiliate.listed"] = "В списке аффилированных лиц КЖК: {0}",
            ["financing.none"] = "В перечне нет", ["financing.listed"] = "В перечне лиц, связанных с финансированием терроризма и экстремизма",
        },
        ["en"] = new()
        {
            ["source.EdsOwnership"] = "Platform: EDS signatures + NCA trust", ["source.CivilStanding"] = "ЖТ МДБ (cadastre simulator state)",
            ["source.Solvency"] = "Application A.8 + payment schedule", ["source.CreditHistory"] = "Credit bureau (stand-in)", ["source.Litigation"] = "Court records (stand-in)",
            ["source.Affiliation"] = "KTK affiliate list (stand-in)", ["source.FinancingList"] = "Financing list (cadastre simulator state)",
            ["title"] = "Checks (A.14–A.15)", ["rerun"] = "Run the checks again", ["col.subject"] = "Who", ["col.check"] = "Check",
            ["guarantor.ask"] = "Ask for a guarantor (A.11)", ["guarantor.reason"] = "Why a guarantor is needed",
            ["history"] = "Earlier runs",
            ["app.children"] = "Children (A.10: birth certificates)", ["app.previouslyMarried"] = "Married before (A.10: divorce or death certificate)", ["docs.required"] = "Documents required (A.10)",
            ["guarantor.requested"] = "KTK asked for a guarantor (A.11)", ["guarantor.invite"] = "Invite a guarantor: the review resumes once the guarantor has signed.",
            ["share.info"] = "For information: housing costs are {0} % of income (housing aid applies above 20 %)",
            ["col.outcome"] = "Outcome", ["col.reason"] = "Reason", ["col.source"] = "Source", ["checked"] = "Checked",
            ["summary"] = "{0} failed, {1} unavailable", ["summary.failed"] = "{0} failed", ["failed.warning"] = "Some checks failed. The decision is yours: review them before approving.",
            ["acknowledge"] = "I have reviewed the failed checks",
            ["role.tenant"] = "Tenant", ["role.spouse"] = "Spouse", ["role.guarantor"] = "Guarantor {0}",
            ["kind.EdsOwnership"] = "EDS owner", ["kind.CivilStanding"] = "Civil standing (ЖТ МДБ)", ["kind.Solvency"] = "Solvency",
            ["kind.CreditHistory"] = "Credit history", ["kind.Litigation"] = "Litigation", ["kind.Affiliation"] = "Affiliation with KTK",
            ["kind.FinancingList"] = "Terrorism and extremism financing list",
            ["outcome.Passed"] = "Passed", ["outcome.Failed"] = "Failed", ["outcome.Unavailable"] = "Unavailable",
            ["reason.noconsent"] = "No live personal-data consent of this person (A.9): nothing was read",
            ["reason.source"] = "The source did not answer: {0}",
            ["eds.ok"] = "{0}: the signature is valid and the certificate's IIN is this person's ({1}, serial {2})",
            ["eds.failed"] = "{0}: the signature is not confirmed as this person's: {1}", ["eds.notsigned"] = "Not signed yet",
            ["civil.ok"] = "{0}: alive, with legal capacity", ["civil.notfound"] = "No such IIN in ЖТ МДБ", ["civil.dead"] = "{0}: a death is recorded",
            ["civil.incapable"] = "{0}: declared legally incapable",
            ["solvency.ok"] = "Monthly payment {0} ₸ is {2} % of the income ({1} ₸); limit {3} %", ["solvency.low"] = "Monthly payment {0} ₸ is {2} % of the income ({1} ₸), above the {3} % limit (A.11: guarantors)",
            ["solvency.noincome"] = "No income declared (A.8)",
            ["credit.ok"] = "Credit history with nothing overdue", ["credit.none"] = "No credit history", ["credit.defaults"] = "Loans written off or in collection: {0}",
            ["credit.overdue"] = "A payment is {0} days overdue (limit {1})",
            ["court.none"] = "No court cases", ["court.closed"] = "{0} closed case(s), none open", ["court.open"] = "Open court cases: {0}",
            ["affiliate.none"] = "Not on KTK's affiliate list", ["affiliate.listed"] = "On KTK's affiliate list: {0}",
            ["financing.none"] = "Not on the list", ["financing.listed"] = "On the list of persons linked to financing of terrorism and extremism",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>check.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("check", Texts);
}

/// <summary>How the review pages word a stored check, through the one text store.</summary>
public static class ReviewCheckWording
{
    /// <summary>The reason of a stored check in the current language (the check stores the key without the <c>check.</c> prefix).</summary>
    public static string CheckReason(this UiText texts, ReviewCheck check) => texts.Format("check." + check.ReasonKey, [.. check.Args]);

    /// <summary>The subject role shown (e.g. "Guarantor 1").</summary>
    public static string CheckRole(this UiText texts, string subjectRole) => subjectRole.StartsWith("guarantor ", StringComparison.Ordinal)
        ? texts.Format("check.role.guarantor", subjectRole["guarantor ".Length..]) : texts["check.role." + subjectRole];
}

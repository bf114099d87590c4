using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Registration;

/// <summary>Why the registration services refuse (A.19–A.22, A.29–A.31), in kk/ru/en. Keys <c>registration.refused.…</c>; arguments in braces.</summary>
public static class RegistrationRefusals
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["no_application"] = "Мұндай тіркеуге өтініш жоқ.",
            ["final_no_session"] = "Өтініш соңғы күйде ({0}): бейнесессия қажет емес.",
            ["no_lease"] = "Шарты бар мұндай жалдау жоқ.",
            ["contract_unsigned"] = "Шартқа әлі барлық тараптар қол қоймады ({1}-ден {0}); ҚТК басшысы ең соңында қол қояды (A.18–A.19).",
            ["consent_by_tenant"] = "Бұл келісімді тек жалға алушы береді.",
            ["court_no_consent"] = "Бұл тоқтатуды сот тағайындаған (seed 000): жалға алушының ДҚБ арқылы келісімі сұралмайды; деректер сот шешімін орындау үшін өңделеді («Дербес деректер және оларды қорғау туралы» № 94-V Заң, 9-бап).",
            ["court_no_session"] = "Бұл тоқтатуды сот тағайындаған (seed 000): ол жалға алушының еркіне емес, сот шешіміне негізделген, сондықтан A.30 бейнесессия қорытындысы қоса берілмейді.",
            ["consent_given"] = "Келісім берілген.",
            ["form_language"] = "Белгісіз форма тілі '{0}'.",
            ["consent_form_first"] = "Алдымен келісім формасын ашыңыз (GET consent-form), содан кейін оған қол қойыңыз.",
            ["signed"] = "Өтінішке қол қойылған.",
            ["tenant_signs"] = "Бұл өтінішке жалға алушы қол қояды (A.20, A.31).",
            ["consent_first"] = "Алдымен ДҚБ арқылы келісім беріңіз (A.20).",
            ["termination_needs_head"] = "Тоқтату туралы өтінішке ҚТК басшысының ЭЦҚ-сымен қол қойылады (ҚТК БСН {0} және басшы рөлі).",
            ["no_certification"] = "Жалға алушымен қатар ҚТК тек жалдау туралы өтінішті куәландырады (A.22); A.31: тоқтатуға ҚТК басшысы, меншік құқығына жалға алушы қол қояды.",
            ["certified"] = "ҚТК өтінішті куәландырды.",
            ["tenant_first"] = "Алдымен өтінішке жалға алушы қол қояды, содан кейін оны ҚТК уәкілетті тұлғасы куәландырады (A.22).",
            ["needs_ktk_authorised"] = "Өтініш ҚТК уәкілетті тұлғасының ЭЦҚ-сымен куәландырылады: ҚТК БСН {0} бар сертификат (A.22).",
            ["fee_paid"] = "Алым төленген.",
            ["fee_by_ktk"] = "Тоқтату туралы өтініштің алымын ҚТК төлейді.",
            ["fee_by_tenant"] = "Бұл алымды жалға алушы төлейді.",
            ["no_account"] = "Тіркелгі жоқ.",
            ["final"] = "Өтініш соңғы күйде: {0}.",
            ["not_fileable"] = "Өтініш күйі: {0}; тек дайындалған немесе тоқтатыла тұрып, кейін толықтырылған өтінішті беруге болады.",
            ["form_unsigned"] = "Өтініш формасына әлі қол қойылмаған (A.20, A.31).",
            ["not_certified"] = "ҚТК уәкілетті тұлғасы өтінішті әлі куәландырған жоқ: ол тек жалға алушы мен ҚТК қолдарымен беріледі (A.22).",
            ["fee_unconfirmed"] = "Тіркеу алымының төленгені әлі расталған жоқ: өтініш кадастрға тек алым төленгеннен кейін жіберіледі (A.22, A.31).",
        },
        ["ru"] = new()
        {
            ["no_application"] = "Такого заявления на регистрацию нет.",
            ["final_no_session"] = "Заявление уже в конечном статусе ({0}): видеосессия не нужна.",
            ["no_lease"] = "Нет такой аренды с договором.",
            ["contract_unsigned"] = "Договор ещё подписан не всеми сторонами ({0} из {1}); руководитель КЖК подписывает последним (A.18–A.19).",
            ["consent_by_tenant"] = "Это согласие даёт только арендатор.",
            ["court_no_consent"] = "Это прекращение назначено судом (seed 000): согласие арендатора через КДП не запрашивается; данные обрабатываются для исполнения решения суда (Закон № 94-V «О персональных данных и их защите», ст. 9).",
            ["court_no_session"] = "Это прекращение назначено судом (seed 000): оно основано на решении суда, а не на воле арендатора, поэтому заключение видеосессии A.30 не прилагается.",
            ["consent_given"] = "Согласие уже дано.",
            ["form_language"] = "Неизвестный язык формы '{0}'.",
            ["consent_form_first"] = "Сначала откройте форму согласия (GET consent-form), затем подпишите её.",
            ["signed"] = "Заявление уже подписано.",
            ["tenant_signs"] = "Это заявление подписывает арендатор (A.20, A.31).",
            ["consent_first"] = "Сначала дайте согласие через КДП (A.20).",
            ["termination_needs_head"] = "Заявление о прекращении подписывается ЭЦП руководителя КЖК (БИН КЖК {0} и роль руководителя).",
            ["no_certification"] = "КЖК наряду с арендатором удостоверяет только заявление об аренде (A.22); A.31: прекращение подписывает руководитель КЖК, право собственности — арендатор.",
            ["certified"] = "КЖК уже удостоверила заявление.",
            ["tenant_first"] = "Сначала заявление подписывает арендатор, затем его удостоверяет уполномоченное лицо КЖК (A.22).",
            ["needs_ktk_authorised"] = "Заявление удостоверяется ЭЦП уполномоченного лица КЖК: сертификатом с БИН КЖК {0} (A.22).",
            ["fee_paid"] = "Пошлина уже оплачена.",
            ["fee_by_ktk"] = "Пошлину за заявление о прекращении оплачивает КЖК.",
            ["fee_by_tenant"] = "Эту пошлину оплачивает арендатор.",
            ["no_account"] = "Нет учётной записи.",
            ["final"] = "Заявление уже в конечном статусе: {0}.",
            ["not_fileable"] = "Статус заявления: {0}; подать можно только подготовленное или приостановленное и затем дополненное заявление.",
            ["form_unsigned"] = "Форма заявления ещё не подписана (A.20, A.31).",
            ["not_certified"] = "Уполномоченное лицо КЖК ещё не удостоверило заявление: оно подаётся только с подписями арендатора и КЖК (A.22).",
            ["fee_unconfirmed"] = "Оплата регистрационной пошлины ещё не подтверждена: заявление направляется в кадастр только после оплаты (A.22, A.31).",
        },
        ["en"] = new()
        {
            ["no_application"] = "No such registration application.",
            ["final_no_session"] = "The application is already final ({0}): no video session is needed.",
            ["no_lease"] = "No such lease with a contract.",
            ["contract_unsigned"] = "The contract is not signed by every party yet ({0} of {1}); KTK's head signs last (A.18–A.19).",
            ["consent_by_tenant"] = "Only the tenant gives this consent.",
            ["court_no_consent"] = "This termination is ordered by a court (seed 000): the tenant's ДҚБ consent is not requested; the data are processed to execute the court decision (Law No. 94-V \"On personal data and their protection\", art. 9).",
            ["court_no_session"] = "This termination is ordered by a court (seed 000): it rests on the court decision, not on the tenant's will, so no A.30 video session verdict is attached.",
            ["consent_given"] = "The consent is already given.",
            ["form_language"] = "Unknown form language '{0}'.",
            ["consent_form_first"] = "Open the consent form first (GET consent-form), then sign it.",
            ["signed"] = "The application is already signed.",
            ["tenant_signs"] = "The tenant signs this application (A.20, A.31).",
            ["consent_first"] = "Give the ДҚБ consent first (A.20).",
            ["termination_needs_head"] = "A termination application is signed with the EDS of KTK's head (KTK BIN {0} and head role).",
            ["no_certification"] = "Only the lease application is certified by KTK beside the tenant (A.22); A.31: KTK's head signs a termination, the tenant an ownership.",
            ["certified"] = "KTK has already certified the application.",
            ["tenant_first"] = "The tenant signs the application first; KTK's authorised person then certifies it (A.22).",
            ["needs_ktk_authorised"] = "The application is certified with the EDS of KTK's authorised person: a certificate carrying KTK's BIN {0} (A.22).",
            ["fee_paid"] = "The fee is already paid.",
            ["fee_by_ktk"] = "KTK pays the fee of a termination application.",
            ["fee_by_tenant"] = "The tenant pays this fee.",
            ["no_account"] = "No account.",
            ["final"] = "The application is already final: {0}.",
            ["not_fileable"] = "The application is {0}; only a prepared one, or a suspended one completed since, can be filed.",
            ["form_unsigned"] = "The application form is not signed yet (A.20, A.31).",
            ["not_certified"] = "KTK's authorised person has not certified the application yet: it is filed only with the tenant's and KTK's signatures (A.22).",
            ["fee_unconfirmed"] = "The registration fee is not confirmed yet: the application goes to the cadastre only after the fee is paid (A.22, A.31).",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("registration.refused", Texts);
}

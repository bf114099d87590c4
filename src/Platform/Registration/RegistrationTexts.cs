using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Registration;

/// <summary>Interface texts of the registration pages in Kazakh (default), Russian and English. The cadastre's reasons come in kk/ru from the cadastre itself.</summary>
public static class RegistrationTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["event.Formed"] = "Өтініш қалыптастырылды", ["event.ConsentGiven"] = "ДҚБ келісімі берілді", ["event.FormSigned"] = "Өтінішке ЭЦҚ қойылды",
            ["event.VerdictAttached"] = "Тіркеуші қорытындысы тіркелді", ["event.FeePaid"] = "Алым төленді", ["event.Submitted"] = "Кадастрға жіберілді",
            ["event.FeeConfirmedToCadastre"] = "Төлем кадастрға расталды", ["event.DeadlineBreached"] = "A.38 мерзімі бұзылды",
            ["title"] = "Мемлекеттік тіркеу (ЖМБМК)", ["officer.title"] = "Тіркеуге өтініштер", ["none"] = "Өтініштер жоқ.",
            ["kind.LeaseEncumbrance"] = "Жалдау ауыртпалығын тіркеу (A.19)", ["kind.EncumbranceTermination"] = "Ауыртпалықты тоқтату (A.29)", ["kind.Ownership"] = "Меншік құқығы (A.29)",
            ["status"] = "Күйі", ["reason"] = "Негіздеме", ["legal"] = "Құқықтық негіз", ["timeline"] = "Өтініш тарихы", ["notices"] = "Хабарламалар",
            ["status.AwaitingTenant"] = "Жалға алушының келісімі мен қолы күтілуде", ["status.AwaitingKtk"] = "ҚТК басшысының қолы күтілуде",
            ["status.AwaitingVerdict"] = "Тіркеушінің бейнесессия қорытындысы күтілуде", ["status.AwaitingFee"] = "Тіркеу алымы күтілуде", ["status.Ready"] = "Жіберуге дайын",
            ["status.Submitted"] = "Кадастрға жіберілді", ["status.RECEIVED"] = "Қабылданды", ["status.UNDER_REVIEW"] = "Қарауда",
            ["status.SUSPENDED"] = "Тоқтатыла тұрды (27-бап)", ["status.REGISTERED"] = "Тіркелді", ["status.REFUSED"] = "Бас тартылды (31-бап)",
            ["step.consent"] = "ДҚБ арқылы келісім беру", ["step.sign"] = "Өтінішке ЭЦҚ қою", ["step.verdict"] = "Бейнесессия қорытындысы", ["step.fee"] = "Тіркеу алымын төлеу",
            ["step.done"] = "орындалды", ["step.todo"] = "күтілуде", ["pay"] = "Алымды төлеу", ["fee"] = "Тіркеу алымы", ["due"] = "Шешім мерзімі (A.38)",
            ["todo.title"] = "Не істеу керек", ["todo.ART27_FEE_NOT_CONFIRMED"] = "Тіркеу алымын төлеңіз — өтініш өздігінен жалғасады.",
            ["todo.ART27_VIDEO_SESSION_MISSING"] = "Тіркеушімен бейнесессияға қатысыңыз; қорытынды тіркелгеннен кейін өтініш қайта жіберіледі.",
            ["todo.ART27_SPOUSE_NOT_PARTICIPATING"] = "Жұбайыңызбен бірге жаңа бейнесессияға қатысыңыз (A.23).",
            ["todo.ART27_DOCUMENTS_INCOMPLETE"] = "ҚТК қызметкері жетіспейтін құжатты толықтырады; өтініш қайта жіберіледі.",
            ["todo.ART27_AWAITING_TERMINATION"] = "Ауыртпалықты тоқтату тіркелгенде өтініш өздігінен жалғасады (A.34).",
            ["todo.ART27_LESSOR_NOT_OWNER"] = "ҚТК кадастрдағы меншік құқығын растайды немесе басқа пәтер ұсынады (A.24).",
            ["todo.ART27_CHARACTERISTICS_MISMATCH"] = "ҚТК шарттағы пәтер деректерін кадастрмен сәйкестендіреді; өтініш қайта жіберіледі (A.24).",
            ["todo.refused"] = "Бас тарту негізін жою мүмкін емес; ҚТК-ға хабарласыңыз.", ["entry"] = "Тіркеу парағының жазбасы",
            ["form"] = "Өтінішті қалыптастыру (A.19)", ["form.lease"] = "Шарт (барлық тараптар қол қойған)", ["form.submit"] = "Қалыптастыру",
            ["submit.now"] = "Кадастрға қазір жіберу", ["alerts"] = "A.38 мерзімі бұзылды", ["col.lease"] = "Шарт", ["col.kind"] = "Түрі", ["col.flat"] = "Кадастрлық нөмір", ["open"] = "Ашу",
            ["registrar.intro"] = "Бейнесессия бөлмесінде бір рет қол қойылған қорытындыңыз осы өтініштерге өзі тіркелді (A.21, A.30).", ["registrar.title"] = "Кадастрға қорытындылар",
        },
        ["ru"] = new()
        {
            ["event.Formed"] = "Заявление сформировано", ["event.ConsentGiven"] = "Дано согласие через ДҚБ", ["event.FormSigned"] = "Заявление подписано ЭЦП",
            ["event.VerdictAttached"] = "Приложено заключение регистратора", ["event.FeePaid"] = "Сбор оплачен", ["event.Submitted"] = "Отправлено в кадастр",
            ["event.FeeConfirmedToCadastre"] = "Оплата подтверждена кадастру", ["event.DeadlineBreached"] = "Нарушен срок A.38",
            ["title"] = "Государственная регистрация (ЕГКН)", ["officer.title"] = "Заявления на регистрацию", ["none"] = "Заявлений нет.",
            ["kind.LeaseEncumbrance"] = "Регистрация обременения арендой (A.19)", ["kind.EncumbranceTermination"] = "Прекращение обременения (A.29)", ["kind.Ownership"] = "Право собственности (A.29)",
            ["status"] = "Статус", ["reason"] = "Основание", ["legal"] = "Правовое основание", ["timeline"] = "История заявления", ["notices"] = "Уведомления",
            ["status.AwaitingTenant"] = "Ожидаются согласие и подпись нанимателя", ["status.AwaitingKtk"] = "Ожидается подпись руководителя КЖК",
            ["status.AwaitingVerdict"] = "Ожидается заключение регистратора по видеосессии", ["status.AwaitingFee"] = "Ожидается оплата сбора", ["status.Ready"] = "Готово к подаче",
            ["status.Submitted"] = "Отправлено в кадастр", ["status.RECEIVED"] = "Принято", ["status.UNDER_REVIEW"] = "На рассмотрении",
            ["status.SUSPENDED"] = "Приостановлено (ст. 27)", ["status.REGISTERED"] = "Зарегистрировано", ["status.REFUSED"] = "Отказано (ст. 31)",
            ["step.consent"] = "Согласие через ДҚБ", ["step.sign"] = "Подписать заявление ЭЦП", ["step.verdict"] = "Заключение по видеосессии", ["step.fee"] = "Оплатить сбор",
            ["step.done"] = "выполнено", ["step.todo"] = "ожидается", ["pay"] = "Оплатить сбор", ["fee"] = "Регистрационный сбор", ["due"] = "Срок решения (A.38)",
            ["todo.title"] = "Что сделать", ["todo.ART27_FEE_NOT_CONFIRMED"] = "Оплатите регистрационный сбор — заявление возобновится само.",
            ["todo.ART27_VIDEO_SESSION_MISSING"] = "Примите участие в видеосессии с регистратором; после заключения заявление будет подано повторно.",
            ["todo.ART27_SPOUSE_NOT_PARTICIPATING"] = "Примите участие в новой видеосессии вместе с супругом(-ой) (A.23).",
            ["todo.ART27_DOCUMENTS_INCOMPLETE"] = "Сотрудник КЖК дополнит недостающий документ; заявление будет подано повторно.",
            ["todo.ART27_AWAITING_TERMINATION"] = "Заявление возобновится само после регистрации прекращения обременения (A.34).",
            ["todo.ART27_LESSOR_NOT_OWNER"] = "КЖК подтвердит право собственности в кадастре или предложит другую квартиру (A.24).",
            ["todo.ART27_CHARACTERISTICS_MISMATCH"] = "КЖК приведёт данные квартиры в договоре в соответствие с кадастром; заявление будет подано повторно (A.24).",
            ["todo.refused"] = "Основание отказа не устраняется; обратитесь в КЖК.", ["entry"] = "Запись регистрационного листа",
            ["form"] = "Сформировать заявление (A.19)", ["form.lease"] = "Договор (подписан всеми сторонами)", ["form.submit"] = "Сформировать",
            ["submit.now"] = "Подать в кадастр сейчас", ["alerts"] = "Нарушен срок A.38", ["col.lease"] = "Договор", ["col.kind"] = "Вид", ["col.flat"] = "Кадастровый номер", ["open"] = "Открыть",
            ["registrar.intro"] = "Ваше заключение, подписанное один раз в комнате видеосессии, само приложено к этим заявлениям (A.21, A.30).", ["registrar.title"] = "Заключения для кадастра",
        },
        ["en"] = new()
        {
            ["event.Formed"] = "Application formed", ["event.ConsentGiven"] = "ДҚБ consent given", ["event.FormSigned"] = "Application signed with EDS",
            ["event.VerdictAttached"] = "Registrar's verdict attached", ["event.FeePaid"] = "Fee paid", ["event.Submitted"] = "Sent to the cadastre",
            ["event.FeeConfirmedToCadastre"] = "Payment confirmed to the cadastre", ["event.DeadlineBreached"] = "A.38 deadline breached",
            ["title"] = "State registration (cadastre)", ["officer.title"] = "Registration applications", ["none"] = "No applications.",
            ["kind.LeaseEncumbrance"] = "Lease encumbrance (A.19)", ["kind.EncumbranceTermination"] = "Encumbrance termination (A.29)", ["kind.Ownership"] = "Ownership (A.29)",
            ["status"] = "Status", ["reason"] = "Reason", ["legal"] = "Legal basis", ["timeline"] = "Timeline", ["notices"] = "Notices",
            ["status.AwaitingTenant"] = "Awaiting the tenant's consent and signature", ["status.AwaitingKtk"] = "Awaiting the KTK head's signature",
            ["status.AwaitingVerdict"] = "Awaiting the registrar's video-session verdict", ["status.AwaitingFee"] = "Awaiting the fee", ["status.Ready"] = "Ready to file",
            ["status.Submitted"] = "Sent to the cadastre", ["status.RECEIVED"] = "Received", ["status.UNDER_REVIEW"] = "Under review",
            ["status.SUSPENDED"] = "Suspended (art. 27)", ["status.REGISTERED"] = "Registered", ["status.REFUSED"] = "Refused (art. 31)",
            ["step.consent"] = "Consent via ДҚБ", ["step.sign"] = "Sign the application with EDS", ["step.verdict"] = "Video-session verdict", ["step.fee"] = "Pay the fee",
            ["step.done"] = "done", ["step.todo"] = "pending", ["pay"] = "Pay the fee", ["fee"] = "Registration fee", ["due"] = "Decision due (A.38)",
            ["todo.title"] = "What to do", ["todo.ART27_FEE_NOT_CONFIRMED"] = "Pay the registration fee — the application resumes by itself.",
            ["todo.ART27_VIDEO_SESSION_MISSING"] = "Take part in the video session with the registrar; once the verdict is recorded the application is filed again.",
            ["todo.ART27_SPOUSE_NOT_PARTICIPATING"] = "Take part in a new video session together with your spouse (A.23).",
            ["todo.ART27_DOCUMENTS_INCOMPLETE"] = "A KTK officer completes the missing document; the application is filed again.",
            ["todo.ART27_AWAITING_TERMINATION"] = "The application resumes by itself once the termination is registered (A.34).",
            ["todo.ART27_LESSOR_NOT_OWNER"] = "KTK confirms its ownership in the cadastre or offers another flat (A.24).",
            ["todo.ART27_CHARACTERISTICS_MISMATCH"] = "KTK corrects the flat's data in the contract to match the cadastre; the application is resubmitted (A.24).",
            ["todo.refused"] = "A refusal ground cannot be cured; contact KTK.", ["entry"] = "Registration-sheet entry",
            ["form"] = "Form the application (A.19)", ["form.lease"] = "Contract (signed by every party)", ["form.submit"] = "Form",
            ["submit.now"] = "File with the cadastre now", ["alerts"] = "A.38 deadline breached", ["col.lease"] = "Contract", ["col.kind"] = "Kind", ["col.flat"] = "Cadastral number", ["open"] = "Open",
            ["registrar.intro"] = "Your verdict, signed once in the video-session room, is attached to these applications (A.21, A.30).", ["registrar.title"] = "Verdicts for the cadastre",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>registration.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("registration", Texts);

    /// <summary>The cadastre's reason text in the current language: Kazakh, or Russian for ru and en (the cadastre writes kk/ru).</summary>
    public static string? Reason(string? kk, string? ru) => Languages.Current == "kk" ? kk ?? ru : ru ?? kk;
}

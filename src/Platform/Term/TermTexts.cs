using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Term;

/// <summary>Interface and SMS texts of the term pages in Kazakh (default), Russian and English.</summary>
public sealed class TermTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["pdf.schedule"] = "Төлем кестесі", ["pdf.statement"] = "Төлемдер бойынша үзінді", ["pdf.contract"] = "Шарт", ["pdf.tenant"] = "Жалға алушы",
            ["pdf.asof"] = "Күні", ["pdf.monthly"] = "Ай сайынғы төлем", ["col.rent"] = "Жалдау бөлігі", ["col.purchase"] = "Сатып алу бөлігі", ["pdf.total"] = "Барлығы",
            ["pdf.payments"] = "Түскен төлемдер", ["pdf.nopayments"] = "Әзірге төлем түскен жоқ.", ["col.date"] = "Күні", ["col.purpose"] = "Мақсаты", ["col.reference"] = "Провайдер анықтамасы",
            ["purpose.Installment"] = "Жарна", ["purpose.EarlyBuyout"] = "Мерзімінен бұрын сатып алу", ["pdf.next"] = "Келесі төлем", ["pdf.periods"] = "Кезеңдер",
            ["pdf.footer"] = "RentToOwn платформасы жасаған құжат: бірдей деректерден бірдей файл шығады.",
            ["download.schedule"] = "Кестені жүктеу (PDF)", ["download.statement"] = "Төлемдер үзіндісін жүктеу (PDF)", ["download.lang"] = "орысша",
            ["notRegistered"] = "Жалға алу ауыртпалығы әлі тіркелмеген (A.19–A.25). Жарналар қол қойылған шарт бойынша төленеді; мерзімінен бұрын сатып алу және шартты жабу ол ТІРКЕЛГЕННЕН кейін ашылады (A.29).",
            ["credit"] = "Артық төлемнен несие", ["credit.note"] = "келесі жарналарға есептелді (ең ескі төленбегеннен бастап)", ["credit.part"] = "оның ішінде несие",
            ["refund.due"] = "Сізге қайтарылуы тиіс", ["refund.done"] = "Қайтарылды", ["refund.note"] = "ҚТК оны төлем провайдері арқылы қайтарады.",
            ["refunds"] = "Жалға алушыларға қайтарылатын артық төлемдер", ["refunds.none"] = "Қайтарылатын төлем жоқ.", ["refund.do"] = "Провайдер арқылы қайтару",
            ["col.amount"] = "Сомасы", ["col.reason"] = "Себебі", ["col.decided"] = "Шешім", ["col.tenant"] = "Жалға алушы",
            ["reason.installment-surplus"] = "жарна кезеңнің қалдығынан артық", ["reason.buyout-surplus"] = "сатып алу сомасынан артық",
            ["reason.buyout-short"] = "сатып алу ұсынысын жаппады — жарналарға есептелді", ["reason.purchase-completed"] = "сатып алу аяқталғаннан кейін келді",
            ["reason.lease-closed"] = "шартты жабу басталғаннан кейін келді", ["reason.beyond-schedule"] = "кесте бойынша қалған бүкіл берешектен артық",
            ["court.t.title"] = "Сот шешімі бойынша шартты тоқтату", ["court.t.recorded"] = "ҚТК сіздің шартыңызды тоқтату туралы сот шешімін тіркеді.",
            ["court.t.sha"] = "Шешім құжатының SHA-256 хэші тіркелді", ["court.t.certified"] = "ҚТК қызметкерінің ЭЦҚ-мен куәландырылды", ["court.t.awaiting"] = "ҚТК куәландыруын күтуде",
            ["court.t.meaning"] = "Бұл нені білдіреді: жалға алу ауыртпалығы сот шешімі бойынша тоқтатылады (Конституцияның 25-бабы 1-тармағы: ешкімді сот шешімінсіз тұрғын үйден айыруға болмайды). Сіздің қолтаңбаңыз қажет емес: ҚТК тоқтатуды куәландырылған сот шешімімен тіркеуге береді, сізден келісім немесе бейнесессия сұралмайды.",
            ["court.t.verified"] = "Шешім сот істерінің тізілімінде тексерілді", ["court.t.inforce"] = "Заңды күшіне енген күні",
            ["court.t.family"] = "Сотпен ескерілген сізбен бірге тұратын отбасы мүшелері (алдымен кәмелетке толмағандар)", ["court.t.minor"] = "кәмелетке толмаған",
            ["court.t.appeal"] = "Шағымдану құқығыңыз: шешіммен келіспесеңіз, оған Қазақстан Республикасының Азаматтық процестік кодексінде белгіленген тәртіппен жоғары тұрған сотқа шағымдануға (заңды күшіне енген шешімге кассациялық шағым) және соттан оны орындауды кейінге қалдыруды немесе бөліп орындауды сұрауға құқығыңыз бар.",
            ["cstate.AwaitingSignatures"] = "Қолтаңбаларды күтуде", ["cstate.ReadyToFile"] = "Өтініштерді беруге дайын", ["cstate.Filed"] = "Өтініштер берілді",
            ["cstate.Owned"] = "Меншік тіркелді", ["cstate.Terminated"] = "Ауыртпалықты тоқтату тіркелді", ["arrears.periods"] = "кезең", ["arrears.max"] = "ең ұзақ кешігу",
            ["nav"] = "Төлемдер", ["officer.nav"] = "Шарттар (мерзім)", ["title"] = "Шарт бойынша төлемдер", ["none"] = "Қолданыстағы шарт жоқ.",
            ["notActive"] = "Шартқа барлық тараптар қол қойғаннан кейін төлемдер басталады.",
            ["col.n"] = "№", ["col.due"] = "Мерзімі", ["col.payment"] = "Төлем", ["col.paid"] = "Төленді", ["col.outstanding"] = "Қалдық", ["col.state"] = "Күйі",
            ["state.Paid"] = "Төленді", ["state.Upcoming"] = "Алда", ["state.Due"] = "Бүгін", ["state.Overdue"] = "Мерзімі өткен", ["state.BoughtOut"] = "Сатып алынды",
            ["arrears"] = "Берешек", ["days"] = "күн", ["pay"] = "Төлеу", ["buyout"] = "Мерзімінен бұрын сатып алу (A.29)", ["buyout.pay"] = "Сатып алуды төлеу",
            ["completed"] = "Сатып алу аяқталды", ["closing"] = "Шартты жабу (A.29–A.31)", ["sign.transfer"] = "Беру шартына қол қою",
            ["sign.letter"] = "ҚТК хатына қол қою (басшы)", ["initiate"] = "Жабуды бастау", ["file"] = "Өтініштерді беру",
            ["applications"] = "Тіркеу өтініштері", ["voluntary"] = "Сатып алусыз ерікті тоқтату (ЭЦҚ)", ["court"] = "Сот шешімі бойынша тоқтату",
            ["court.name"] = "Сот", ["court.case"] = "Іс нөмірі", ["court.date"] = "Шешім күні", ["court.ground"] = "Негіз", ["court.file"] = "Шешім (PDF/JPEG/PNG)",
            ["court.submit"] = "Сот шешімін тіркеу", ["court.sign"] = "Шешім файлына ЭЦҚ қою (қызметкер)", ["court.rule"] = "Ешкімді сот шешімінсіз тұрғын үйден айыруға болмайды.",
            ["sms.reminder"] = "RentToOwn: {0} шарты бойынша {1} теңге төлемнің мерзімі {2}.",
            ["sms.arrears"] = "RentToOwn: {0} шарты бойынша {1} теңге төлемнің мерзімі {2} өтті ({3} күн).",
        },
        ["ru"] = new()
        {
            ["pdf.schedule"] = "График платежей", ["pdf.statement"] = "Выписка по платежам", ["pdf.contract"] = "Договор", ["pdf.tenant"] = "Арендатор",
            ["pdf.asof"] = "По состоянию на", ["pdf.monthly"] = "Ежемесячный платёж", ["col.rent"] = "Аренда", ["col.purchase"] = "Выкуп", ["pdf.total"] = "Итого",
            ["pdf.payments"] = "Поступившие платежи", ["pdf.nopayments"] = "Платежей пока не было.", ["col.date"] = "Дата", ["col.purpose"] = "Назначение", ["col.reference"] = "Референс провайдера",
            ["purpose.Installment"] = "Взнос", ["purpose.EarlyBuyout"] = "Досрочный выкуп", ["pdf.next"] = "Следующий платёж", ["pdf.periods"] = "Периоды",
            ["pdf.footer"] = "Сформировано платформой RentToOwn: одни и те же данные дают тот же файл.",
            ["download.schedule"] = "Скачать график (PDF)", ["download.statement"] = "Скачать выписку по платежам (PDF)", ["download.lang"] = "на казахском",
            ["notRegistered"] = "Обременение (аренда) ещё не зарегистрировано (A.19–A.25). Платежи вносятся по подписанному договору; досрочный выкуп и закрытие договора доступны после регистрации (A.29).",
            ["credit"] = "Зачёт переплаты", ["credit.note"] = "зачтено в следующие платежи (начиная с самого раннего неоплаченного)", ["credit.part"] = "в т.ч. зачёт",
            ["refund.due"] = "К возврату вам", ["refund.done"] = "Возвращено", ["refund.note"] = "КЖК возвращает сумму через платёжного провайдера.",
            ["refunds"] = "Переплаты к возврату арендаторам", ["refunds.none"] = "Возвратов нет.", ["refund.do"] = "Вернуть через провайдера",
            ["col.amount"] = "Сумма", ["col.reason"] = "Причина", ["col.decided"] = "Решение", ["col.tenant"] = "Арендатор",
            ["reason.installment-surplus"] = "платёж больше остатка периода", ["reason.buyout-surplus"] = "больше суммы выкупа",
            ["reason.buyout-short"] = "не покрыл предложение выкупа — зачтено в платежи", ["reason.purchase-completed"] = "поступил после завершения выкупа",
            ["reason.lease-closed"] = "поступил после начала закрытия договора", ["reason.beyond-schedule"] = "больше всего остатка по графику",
            ["court.t.title"] = "Прекращение по решению суда", ["court.t.recorded"] = "КЖК записала решение суда о прекращении вашего договора.",
            ["court.t.sha"] = "SHA-256 документа решения записан", ["court.t.certified"] = "Удостоверено ЭЦП сотрудника КЖК", ["court.t.awaiting"] = "Ожидает удостоверения КЖК",
            ["court.t.meaning"] = "Что это значит: обременение (аренда) прекращается по решению суда (ст. 25 п. 1 Конституции: никто не может быть лишён жилища иначе как по решению суда). Ваша подпись не нужна: КЖК подаёт прекращение с удостоверенным решением суда, согласие и видеосессия от вас не требуются.",
            ["court.t.verified"] = "Решение проверено по реестру судебных дел", ["court.t.inforce"] = "Вступило в законную силу",
            ["court.t.family"] = "Члены семьи, проживающие с вами, которых учёл суд (сначала несовершеннолетние)", ["court.t.minor"] = "несовершеннолетний",
            ["court.t.appeal"] = "Ваше право на обжалование: если вы не согласны с решением, вы вправе обжаловать его в вышестоящий суд в порядке, установленном Гражданским процессуальным кодексом Республики Казахстан (кассационная жалоба на вступившее в силу решение), а также просить суд об отсрочке или рассрочке его исполнения.",
            ["cstate.AwaitingSignatures"] = "Ожидает подписей", ["cstate.ReadyToFile"] = "Готово к подаче заявлений", ["cstate.Filed"] = "Заявления поданы",
            ["cstate.Owned"] = "Право собственности зарегистрировано", ["cstate.Terminated"] = "Прекращение обременения зарегистрировано", ["arrears.periods"] = "периодов", ["arrears.max"] = "наибольшая просрочка",
            ["nav"] = "Платежи", ["officer.nav"] = "Договоры (срок)", ["title"] = "Платежи по договору", ["none"] = "Действующих договоров нет.",
            ["notActive"] = "Платежи начинаются после подписания договора всеми сторонами.",
            ["col.n"] = "№", ["col.due"] = "Срок", ["col.payment"] = "Платёж", ["col.paid"] = "Оплачено", ["col.outstanding"] = "Остаток", ["col.state"] = "Статус",
            ["state.Paid"] = "Оплачен", ["state.Upcoming"] = "Предстоит", ["state.Due"] = "Сегодня", ["state.Overdue"] = "Просрочен", ["state.BoughtOut"] = "Выкуплен",
            ["arrears"] = "Задолженность", ["days"] = "дн.", ["pay"] = "Оплатить", ["buyout"] = "Досрочный выкуп (A.29)", ["buyout.pay"] = "Оплатить выкуп",
            ["completed"] = "Выкуп завершён", ["closing"] = "Закрытие договора (A.29–A.31)", ["sign.transfer"] = "Подписать договор передачи",
            ["sign.letter"] = "Подписать письмо КЖК (руководитель)", ["initiate"] = "Начать закрытие", ["file"] = "Подать заявления",
            ["applications"] = "Заявления на регистрацию", ["voluntary"] = "Добровольное прекращение без выкупа (ЭЦП)", ["court"] = "Прекращение по решению суда",
            ["court.name"] = "Суд", ["court.case"] = "Номер дела", ["court.date"] = "Дата решения", ["court.ground"] = "Основание", ["court.file"] = "Решение (PDF/JPEG/PNG)",
            ["court.submit"] = "Записать решение суда", ["court.sign"] = "Подписать файл решения ЭЦП (сотрудник)", ["court.rule"] = "Никто не может быть лишен жилища иначе как по решению суда.",
            ["sms.reminder"] = "RentToOwn: платёж {1} тенге по договору {0} — срок {2}.",
            ["sms.arrears"] = "RentToOwn: платёж {1} тенге по договору {0} просрочен с {2} ({3} дн.).",
        },
        ["en"] = new()
        {
            ["pdf.schedule"] = "Payment schedule", ["pdf.statement"] = "Payment statement", ["pdf.contract"] = "Contract", ["pdf.tenant"] = "Tenant",
            ["pdf.asof"] = "As of", ["pdf.monthly"] = "Monthly payment", ["col.rent"] = "Rent", ["col.purchase"] = "Purchase", ["pdf.total"] = "Total",
            ["pdf.payments"] = "Payments received", ["pdf.nopayments"] = "No payments yet.", ["col.date"] = "Date", ["col.purpose"] = "Purpose", ["col.reference"] = "Provider reference",
            ["purpose.Installment"] = "Installment", ["purpose.EarlyBuyout"] = "Early buyout", ["pdf.next"] = "Next payment", ["pdf.periods"] = "Periods",
            ["pdf.footer"] = "Produced by the RentToOwn platform: the same data gives the same file.",
            ["download.schedule"] = "Download the schedule (PDF)", ["download.statement"] = "Download the payment statement (PDF)", ["download.lang"] = "in Russian",
            ["notRegistered"] = "The lease encumbrance is not registered yet (A.19–A.25). Installments are paid under the signed contract; the early buyout and the closing open once it is REGISTERED (A.29).",
            ["credit"] = "Credit from over-payments", ["credit.note"] = "credited to the next installments (oldest unpaid first)", ["credit.part"] = "incl. credit",
            ["refund.due"] = "Refund due to you", ["refund.done"] = "Refunded", ["refund.note"] = "KTK returns it through the payment provider.",
            ["refunds"] = "Over-payments due back to tenants", ["refunds.none"] = "No refunds due.", ["refund.do"] = "Refund through the provider",
            ["col.amount"] = "Amount", ["col.reason"] = "Reason", ["col.decided"] = "Decided", ["col.tenant"] = "Tenant",
            ["reason.installment-surplus"] = "installment above what the period still owed", ["reason.buyout-surplus"] = "above the buyout amount",
            ["reason.buyout-short"] = "did not cover the buyout offer — credited to installments", ["reason.purchase-completed"] = "arrived after the purchase was completed",
            ["reason.lease-closed"] = "arrived after the closing of the lease started", ["reason.beyond-schedule"] = "above everything the schedule still owes",
            ["court.t.title"] = "Termination on a court decision", ["court.t.recorded"] = "KTK recorded a court decision ending your lease.",
            ["court.t.sha"] = "SHA-256 of the decision document recorded", ["court.t.certified"] = "Certified with a KTK officer's EDS", ["court.t.awaiting"] = "Awaiting KTK's certification",
            ["court.t.meaning"] = "What it means: the lease encumbrance ends by the court's decision (Constitution art. 25(1): nobody may be deprived of housing without a court decision). Your signature is not needed: KTK files the termination with the certified court decision; no consent or video session is asked of you.",
            ["court.t.verified"] = "Checked against the court-records service", ["court.t.inforce"] = "In legal force since",
            ["court.t.family"] = "Family members living with you whom the court considered (minors first)", ["court.t.minor"] = "minor",
            ["court.t.appeal"] = "Your right to appeal: if you disagree with the decision, you may challenge it in a higher court as the Civil Procedure Code of the Republic of Kazakhstan provides (a cassation petition against a decision in force), and ask the court to defer or stagger its enforcement.",
            ["cstate.AwaitingSignatures"] = "Awaiting signatures", ["cstate.ReadyToFile"] = "Ready to file the applications", ["cstate.Filed"] = "Applications filed",
            ["cstate.Owned"] = "Ownership registered", ["cstate.Terminated"] = "Termination registered", ["arrears.periods"] = "periods", ["arrears.max"] = "longest overdue",
            ["nav"] = "Payments", ["officer.nav"] = "Leases (term)", ["title"] = "Payments over the term", ["none"] = "No lease in force.",
            ["notActive"] = "Payments start once every party has signed the contract.",
            ["col.n"] = "No.", ["col.due"] = "Due", ["col.payment"] = "Payment", ["col.paid"] = "Paid", ["col.outstanding"] = "Outstanding", ["col.state"] = "State",
            ["state.Paid"] = "Paid", ["state.Upcoming"] = "Upcoming", ["state.Due"] = "Due today", ["state.Overdue"] = "Overdue", ["state.BoughtOut"] = "Bought out",
            ["arrears"] = "Arrears", ["days"] = "days", ["pay"] = "Pay", ["buyout"] = "Early buyout (A.29)", ["buyout.pay"] = "Pay the buyout",
            ["completed"] = "Purchase completed", ["closing"] = "Closing (A.29–A.31)", ["sign.transfer"] = "Sign the transfer contract",
            ["sign.letter"] = "Sign KTK's letter (head)", ["initiate"] = "Initiate the closing", ["file"] = "File the applications",
            ["applications"] = "Registration applications", ["voluntary"] = "Voluntary termination without purchase (EDS)", ["court"] = "Termination on a court decision",
            ["court.name"] = "Court", ["court.case"] = "Case number", ["court.date"] = "Decision date", ["court.ground"] = "Ground", ["court.file"] = "Decision (PDF/JPEG/PNG)",
            ["court.submit"] = "Record the court decision", ["court.sign"] = "Sign the decision file with EDS (officer)", ["court.rule"] = "Nobody may be deprived of housing without a court decision.",
            ["sms.reminder"] = "RentToOwn: payment of {1} KZT under lease {0} is due on {2}.",
            ["sms.arrears"] = "RentToOwn: payment of {1} KZT under lease {0} is overdue since {2} ({3} days).",
        },
    };

    /// <summary>The text for <paramref name="key"/> in the current language (Kazakh, then the key, as fallback).</summary>
    public string this[string key] => Get(Languages.Current, key);

    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    public string Get(string language, string key) =>
        Texts.TryGetValue(language, out var d) && d.TryGetValue(key, out var s) ? s
        : Texts["kk"].TryGetValue(key, out var k) ? k
        : key;

    /// <summary>Keys missing in some language (for tests).</summary>
    public static IEnumerable<string> MissingKeys() =>
        Texts.Values.SelectMany(d => d.Keys).Distinct().Where(k => Texts.Values.Any(d => !d.ContainsKey(k)));
}

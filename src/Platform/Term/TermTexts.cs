using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Term;

/// <summary>Interface and SMS texts of the term pages in Kazakh (default), Russian and English.</summary>
public sealed class TermTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
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
}

using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>Interface texts of the video-session pages in Kazakh (default), Russian and English.</summary>
public static class VideoSessionTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["schedule.title"] = "Бейнесессияны жоспарлау", ["schedule.married"] = "Жалға алушы некеде (жұбайы қатысуы керек, A.23)", ["schedule.submit"] = "Жоспарлау",
            ["list.title"] = "Бейнесессиялар (A.21, A.30)", ["list.none"] = "Жоспарланған сессиялар жоқ.",
            ["col.when"] = "Уақыты", ["col.kind"] = "Түрі", ["col.subject"] = "Өтініш / шарт", ["col.status"] = "Күйі", ["col.room"] = "Бөлме",
            ["kind.Registration"] = "Ауыртпалықты тіркеу (A.21)", ["kind.TerminationAndOwnership"] = "Тоқтату және меншік (A.30)",
            ["status.Scheduled"] = "Жоспарланған", ["status.InProgress"] = "Жүріп жатыр", ["status.Completed"] = "Аяқталды",
            ["room.open"] = "Ашу", ["room.title"] = "Бейнесессия", ["room.join"] = "Қосылу", ["room.leave"] = "Шығу",
            ["room.you"] = "Сіз", ["room.identity"] = "Жеке басыңызды ЭЦҚ-мен растаңыз (AUTH кілті)",
            ["room.ncalayer"] = "NCALayer арқылы", ["room.p12"] = ".p12 файлымен (браузерде)", ["room.password"] = "Құпиясөз",
            ["room.participants"] = "Қатысушылар", ["room.present"] = "бөлмеде", ["room.absent"] = "жоқ",
            ["room.identityConfirmed"] = "ЭЦҚ расталды", ["room.identityPending"] = "ЭЦҚ әлі расталмаған",
            ["room.nophoto"] = "Сертификатта фото жоқ", ["room.checklist"] = "Тіркеушінің тексеру парағы (A.23)",
            ["check.signatures"] = "Қолтаңбалардың түпнұсқалығы расталды", ["check.capacity"] = "Әрекет қабілеттілігі",
            ["check.freewill"] = "Ерік бостандығы", ["check.spouses"] = "Некеде болса, екі жұбай да қатысты", ["check.remark"] = "Ескерту",
            ["verdict.sign"] = "Шешімге ЭЦҚ қою және жазу", ["verdict.recorded"] = "Шешім жазылды, тізілім индексі",
            ["verdict.review"] = "Қол қойылатынын көру", ["verdict.readable"] = "Сіз қол қоятын құжат (кадастр тексеретін бейнесессия қорытындысы)",
            ["verdict.attachedNote"] = "Бір қолтаңба: жазылған шешім осы сессия қызмет ететін тіркеу өтініш(тер)іне өзі тіркеледі.",
            ["reading.session"] = "Сессия", ["reading.registrar"] = "Тіркеуші", ["reading.heldAt"] = "Уақыты", ["reading.participants"] = "Қатысқандар (ЖСН бойынша)",
            ["reading.yes"] = "иә", ["reading.no"] = "жоқ", ["reading.decision"] = "Шешім", ["reading.confirmed"] = "расталды", ["reading.notConfirmed"] = "расталмады",
            ["reading.remark"] = "Ескерту (платформада сақталады, кадастр қорытындысына кірмейді)",
            ["role.KtkRepresentative"] = "ҚТК өкілі", ["role.Tenant"] = "Жалға алушы", ["role.Spouse"] = "Жұбайы", ["role.Registrar"] = "Тіркеуші",
            ["log.title"] = "Кіру/шығу журналы",
        },
        ["ru"] = new()
        {
            ["schedule.title"] = "Назначить видеосессию", ["schedule.married"] = "Наниматель в браке (супруг(а) обязан(а) участвовать, A.23)", ["schedule.submit"] = "Назначить",
            ["list.title"] = "Видеосессии (A.21, A.30)", ["list.none"] = "Назначенных сессий нет.",
            ["col.when"] = "Время", ["col.kind"] = "Вид", ["col.subject"] = "Заявление / договор", ["col.status"] = "Статус", ["col.room"] = "Комната",
            ["kind.Registration"] = "Регистрация обременения (A.21)", ["kind.TerminationAndOwnership"] = "Прекращение и право собственности (A.30)",
            ["status.Scheduled"] = "Назначена", ["status.InProgress"] = "Идёт", ["status.Completed"] = "Завершена",
            ["room.open"] = "Открыть", ["room.title"] = "Видеосессия", ["room.join"] = "Подключиться", ["room.leave"] = "Выйти",
            ["room.you"] = "Вы", ["room.identity"] = "Подтвердите личность ЭЦП (ключ AUTH)",
            ["room.ncalayer"] = "Через NCALayer", ["room.p12"] = "Файлом .p12 (в браузере)", ["room.password"] = "Пароль",
            ["room.participants"] = "Участники", ["room.present"] = "в комнате", ["room.absent"] = "нет",
            ["room.identityConfirmed"] = "ЭЦП подтверждена", ["room.identityPending"] = "ЭЦП ещё не подтверждена",
            ["room.nophoto"] = "В сертификате нет фото", ["room.checklist"] = "Чек-лист регистратора (A.23)",
            ["check.signatures"] = "Подлинность подписей подтверждена", ["check.capacity"] = "Дееспособность",
            ["check.freewill"] = "Добровольность сделки", ["check.spouses"] = "Оба супруга участвуют (если в браке)", ["check.remark"] = "Примечание",
            ["verdict.sign"] = "Подписать решение ЭЦП и записать", ["verdict.recorded"] = "Решение записано, индекс в реестре",
            ["verdict.review"] = "Показать, что подписывается", ["verdict.readable"] = "Документ, который вы подписываете (заключение видеосессии, которое проверяет кадастр)",
            ["verdict.attachedNote"] = "Одна подпись: записанное решение само прикладывается к заявлению (заявлениям), которым служит эта сессия.",
            ["reading.session"] = "Сессия", ["reading.registrar"] = "Регистратор", ["reading.heldAt"] = "Время", ["reading.participants"] = "Участвовали (по ИИН)",
            ["reading.yes"] = "да", ["reading.no"] = "нет", ["reading.decision"] = "Решение", ["reading.confirmed"] = "подтверждено", ["reading.notConfirmed"] = "не подтверждено",
            ["reading.remark"] = "Примечание (хранится на платформе, в заключение для кадастра не входит)",
            ["role.KtkRepresentative"] = "Представитель КЖК", ["role.Tenant"] = "Наниматель", ["role.Spouse"] = "Супруг(а)", ["role.Registrar"] = "Регистратор",
            ["log.title"] = "Журнал входов и выходов",
        },
        ["en"] = new()
        {
            ["schedule.title"] = "Schedule a video session", ["schedule.married"] = "The tenant is married (the spouse must take part, A.23)", ["schedule.submit"] = "Schedule",
            ["list.title"] = "Video sessions (A.21, A.30)", ["list.none"] = "No sessions scheduled.",
            ["col.when"] = "When", ["col.kind"] = "Kind", ["col.subject"] = "Application / contract", ["col.status"] = "Status", ["col.room"] = "Room",
            ["kind.Registration"] = "Encumbrance registration (A.21)", ["kind.TerminationAndOwnership"] = "Termination and ownership (A.30)",
            ["status.Scheduled"] = "Scheduled", ["status.InProgress"] = "In progress", ["status.Completed"] = "Completed",
            ["room.open"] = "Open", ["room.title"] = "Video session", ["room.join"] = "Join", ["room.leave"] = "Leave",
            ["room.you"] = "You", ["room.identity"] = "Confirm your identity with EDS (AUTH key)",
            ["room.ncalayer"] = "With NCALayer", ["room.p12"] = "With a .p12 file (in the browser)", ["room.password"] = "Password",
            ["room.participants"] = "Participants", ["room.present"] = "in the room", ["room.absent"] = "absent",
            ["room.identityConfirmed"] = "EDS confirmed", ["room.identityPending"] = "EDS not confirmed yet",
            ["room.nophoto"] = "no photo in certificate", ["room.checklist"] = "Registrar's checklist (A.23)",
            ["check.signatures"] = "Signature authenticity confirmed", ["check.capacity"] = "Legal capacity",
            ["check.freewill"] = "Free will", ["check.spouses"] = "Both spouses present (if married)", ["check.remark"] = "Remark",
            ["verdict.sign"] = "Sign the verdict with EDS and record it", ["verdict.recorded"] = "Verdict recorded, ledger index",
            ["verdict.review"] = "Show what I sign", ["verdict.readable"] = "The document you sign (the video-session findings the cadastre verifies)",
            ["verdict.attachedNote"] = "One signature: the recorded verdict is attached to the registration application(s) this session serves.",
            ["reading.session"] = "Session", ["reading.registrar"] = "Registrar", ["reading.heldAt"] = "Held at", ["reading.participants"] = "Took part (by IIN)",
            ["reading.yes"] = "yes", ["reading.no"] = "no", ["reading.decision"] = "Decision", ["reading.confirmed"] = "confirmed", ["reading.notConfirmed"] = "not confirmed",
            ["reading.remark"] = "Remark (kept on the platform, not part of the cadastre findings)",
            ["role.KtkRepresentative"] = "KTK representative", ["role.Tenant"] = "Tenant", ["role.Spouse"] = "Spouse", ["role.Registrar"] = "Registrar",
            ["log.title"] = "Join/leave log",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>video.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("video", Texts);
}

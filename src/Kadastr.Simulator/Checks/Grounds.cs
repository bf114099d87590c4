namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>
/// The catalogue of statuses and grounds: art. 27 of the Law on state registration of rights to
/// real estate (suspension, A.26, A.35) and art. 31 (refusal, A.27, A.36).
/// </summary>
public static class Grounds
{
    /// <summary>Application received.</summary>
    public static readonly Ground Received = new("RECEIVED", "A.22", "Өтініш қабылданды", "Заявление принято");
    /// <summary>Under the registrar's review.</summary>
    public static readonly Ground UnderReview = new("UNDER_REVIEW", "A.23", "Өтініш тіркеушінің қарауында", "Заявление на рассмотрении регистратора");
    /// <summary>Registered (A.25, A.34).</summary>
    public static readonly Ground Registered = new("REGISTERED", "A.25", "Тіркеу парағына жазба енгізілді", "Внесена запись в регистрационный лист");

    // Art. 27: suspension.

    /// <summary>A.23: the fee is not yet confirmed.</summary>
    public static readonly Ground FeeNotConfirmed = new("ART27_FEE_NOT_CONFIRMED", "art. 27",
        "Тіркеу алымының төленгені расталмаған", "Не подтверждена оплата регистрационного сбора");
    /// <summary>A.23: a married recipient's spouse did not take part.</summary>
    public static readonly Ground SpouseNotParticipating = new("ART27_SPOUSE_NOT_PARTICIPATING", "art. 27",
        "Жұбайының (зайыбының) қатысуы расталмаған", "Не подтверждено участие супруга (супруги)");
    /// <summary>A required document, party or signature is missing.</summary>
    public static readonly Ground DocumentsIncomplete = new("ART27_DOCUMENTS_INCOMPLETE", "art. 27",
        "Тіркеуге қажетті құжаттар толық емес", "Представлен неполный пакет документов");
    /// <summary>A.21: the registrar's video-session verdict is missing.</summary>
    public static readonly Ground VideoSessionMissing = new("ART27_VIDEO_SESSION_MISSING", "art. 27",
        "Тіркеушінің бейнесессия қорытындысы жоқ", "Отсутствует заключение регистратора по видеосессии");
    /// <summary>A.34: ownership waits for the termination of the lease encumbrance.</summary>
    public static readonly Ground AwaitingTermination = new("ART27_AWAITING_TERMINATION", "art. 27",
        "Жалдау ауыртпалығының тоқтатылуы әлі тіркелмеген", "Прекращение обременения арендой ещё не зарегистрировано");
    /// <summary>A.24: the lessor (KTK) is not the registered owner of the property (ЖМБМК АЖ).</summary>
    public static readonly Ground LessorNotOwner = new("ART27_LESSOR_NOT_OWNER", "art. 27",
        "Жалға беруші объектінің тіркелген меншік иесі емес", "Арендодатель не является зарегистрированным собственником объекта");
    /// <summary>A.24: the application's address, area or rooms differ from the cadastre's technical characteristics.</summary>
    public static readonly Ground CharacteristicsMismatch = new("ART27_CHARACTERISTICS_MISMATCH", "art. 27",
        "Өтініштегі объект сипаттамалары кадастр деректеріне сәйкес келмейді", "Характеристики объекта в заявлении не совпадают с данными кадастра");
    /// <summary>
    /// A.21, A.30: the registrar's findings are not about this application's deal: they name another application, or a
    /// participant (recipient, spouse, KTK's representative) who is not the application's party, or omit the recipient or
    /// KTK's representative.
    /// </summary>
    public static readonly Ground VideoSessionPartiesMismatch = new("ART27_VIDEO_SESSION_PARTIES_MISMATCH", "art. 27",
        "Бейнесессия қорытындысындағы қатысушылар өтініштің тараптарына сәйкес келмейді",
        "Участники видеосессии в заключении регистратора не совпадают со сторонами заявления");
    /// <summary>A.22, A.31: the application is not certified with the EDS of KTK's authorised person.</summary>
    public static readonly Ground KtkSignatureMissing = new("ART27_KTK_SIGNATURE_MISSING", "art. 27",
        "Өтініш ҚТК уәкілетті тұлғасының ЭЦҚ-мен куәландырылмаған",
        "Заявление не удостоверено ЭЦП уполномоченного лица КЖК");

    // Art. 31: refusal.

    /// <summary>A.24: the property does not exist in the cadastre.</summary>
    public static readonly Ground PropertyNotFound = new("ART31_PROPERTY_NOT_FOUND", "art. 31",
        "Жылжымайтын мүлік объектісі кадастрда жоқ", "Объект недвижимости отсутствует в кадастре");
    /// <summary>A.23: an encumbrance (arrest, mortgage without consent) blocks registration.</summary>
    public static readonly Ground BlockingEncumbrance = new("ART31_BLOCKING_ENCUMBRANCE", "art. 31",
        "Тіркеуге кедергі келтіретін ауыртпалық (тыйым салу) бар", "Имеется обременение (арест), препятствующее регистрации");
    /// <summary>A lease encumbrance is already registered on the property.</summary>
    public static readonly Ground LeaseAlreadyRegistered = new("ART31_LEASE_ALREADY_REGISTERED", "art. 31",
        "Объектіге жалдау ауыртпалығы бұрын тіркелген", "На объект уже зарегистрировано обременение арендой");
    /// <summary>A.29: there is no registered lease encumbrance to terminate.</summary>
    public static readonly Ground NoLeaseToTerminate = new("ART31_NO_LEASE_TO_TERMINATE", "art. 31",
        "Тоқтатылатын жалдау ауыртпалығы тіркелмеген", "Отсутствует зарегистрированное обременение арендой для прекращения");
    /// <summary>A.23: a participant is on the terrorism and extremism financing list.</summary>
    public static readonly Ground SanctionsList = new("ART31_SANCTIONS_LIST", "art. 31",
        "Қатысушы терроризм мен экстремизмді қаржыландыруға байланысты тұлғалар тізбесінде", "Участник состоит в перечне лиц, связанных с финансированием терроризма и экстремизма");
    /// <summary>A.23: a CMS signature does not verify.</summary>
    public static readonly Ground SignatureInvalid = new("ART31_SIGNATURE_INVALID", "art. 31",
        "ЭЦҚ тексеруден өтпеді", "ЭЦП не прошла проверку");
    /// <summary>A.23: a signature is valid but not by the expected party.</summary>
    public static readonly Ground SignerMismatch = new("ART31_SIGNER_MISMATCH", "art. 31",
        "Қол қоюшы тиісті тарап емес", "Подписант не является надлежащей стороной");
    /// <summary>A.23: an IIN/BIN is malformed (control digit, date, type).</summary>
    public static readonly Ground InvalidIdentifier = new("ART31_INVALID_IDENTIFIER", "art. 31",
        "ЖСН/БСН жарамсыз", "Недействительный ИИН/БИН");
    /// <summary>A.24: an IIN/BIN is not in ЖТ МДБ / ЗТ МДБ.</summary>
    public static readonly Ground UnknownParty = new("ART31_UNKNOWN_PARTY", "art. 31",
        "ЖСН/БСН мемлекеттік деректер базасында табылмады", "ИИН/БИН не найден в государственной базе данных");
    /// <summary>A.24: a party is deceased (ЖТ МДБ).</summary>
    public static readonly Ground DeceasedParty = new("ART31_DECEASED_PARTY", "art. 31",
        "Қатысушы қайтыс болған", "Участник умер");
    /// <summary>A.21, A.24: a party has no legal capacity.</summary>
    public static readonly Ground IncapableParty = new("ART31_INCAPABLE_PARTY", "art. 31",
        "Қатысушы әрекетке қабілетсіз деп танылған", "Участник признан недееспособным");
    /// <summary>A.21: the registrar did not confirm free will, capacity or signatures in the video session.</summary>
    public static readonly Ground VerdictNegative = new("ART31_VIDEO_SESSION_NEGATIVE", "art. 31",
        "Тіркеуші бейнесессияда мәміленің еріктілігін, әрекет қабілеттілігін немесе қолтаңбаларды растамады",
        "Регистратор в видеосессии не подтвердил добровольность сделки, дееспособность или подписи");
}

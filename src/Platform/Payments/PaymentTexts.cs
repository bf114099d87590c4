using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Payments;

/// <summary>Texts of the sandbox checkout page in Kazakh (default), Russian and English.</summary>
public static class PaymentTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["refused.not_yours"] = "Сіздің төлемдеріңіздің арасында мұндай төлем жоқ.", ["refused.already_paid"] = "Бұл төлем төленіп қойған.", ["refused.already_declined"] = "Бұл төлемнен бас тартылған.",
            ["title"] = "Төлем (сынақ эквайері)", ["sandbox"] = "Бұл сынақ (sandbox) эквайері: нақты ақша аударылмайды.",
            ["amount"] = "Сомасы", ["for"] = "Мақсаты", ["reference"] = "Эквайер сілтемесі", ["status"] = "Күйі",
            ["pay"] = "Төлеу", ["decline"] = "Бас тарту", ["back"] = "Кабинетке оралу",
            ["status.Open"] = "Төлемді күтуде", ["status.Paid"] = "Төленді — растау келе жатыр", ["status.Declined"] = "Бас тартылды",
            ["platform.Pending"] = "Платформа растауды күтуде", ["platform.Confirmed"] = "Платформа растады", ["platform.Failed"] = "Төлем өтпеді",
        },
        ["ru"] = new()
        {
            ["refused.not_yours"] = "Среди ваших платежей такого нет.", ["refused.already_paid"] = "Этот платёж уже оплачен.", ["refused.already_declined"] = "От этого платежа уже отказались.",
            ["title"] = "Оплата (тестовый эквайер)", ["sandbox"] = "Это тестовый (sandbox) эквайер: реальные деньги не списываются.",
            ["amount"] = "Сумма", ["for"] = "Назначение", ["reference"] = "Ссылка эквайера", ["status"] = "Статус",
            ["pay"] = "Оплатить", ["decline"] = "Отказаться", ["back"] = "Вернуться в кабинет",
            ["status.Open"] = "Ожидает оплаты", ["status.Paid"] = "Оплачено — подтверждение в пути", ["status.Declined"] = "Отклонено",
            ["platform.Pending"] = "Платформа ждёт подтверждения", ["platform.Confirmed"] = "Платформа подтвердила", ["platform.Failed"] = "Платёж не прошёл",
        },
        ["en"] = new()
        {
            ["refused.not_yours"] = "No such payment among yours.", ["refused.already_paid"] = "This payment is already paid.", ["refused.already_declined"] = "This payment is already declined.",
            ["title"] = "Payment (sandbox acquirer)", ["sandbox"] = "This is the sandbox acquirer: no real money moves.",
            ["amount"] = "Amount", ["for"] = "Purpose", ["reference"] = "Acquirer reference", ["status"] = "Status",
            ["pay"] = "Pay", ["decline"] = "Decline", ["back"] = "Back to the cabinet",
            ["status.Open"] = "Awaiting payment", ["status.Paid"] = "Paid — confirmation on its way", ["status.Declined"] = "Declined",
            ["platform.Pending"] = "The platform awaits the confirmation", ["platform.Confirmed"] = "The platform confirmed it", ["platform.Failed"] = "The payment failed",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>payment.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("payment", Texts);
}

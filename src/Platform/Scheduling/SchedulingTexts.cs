using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Scheduling;

/// <summary>Texts of the scheduler's reminders in Kazakh, Russian and English (SMS carry kk + ru, as A.7 does).</summary>
public static class SchedulingTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["review.soon"] = "ҚТК (A.13): {1} өтінім бойынша шешім мерзімі {0} дейін. {2}",
            ["review.overdue"] = "ҚТК (A.13): {1} өтінім бойынша шешім мерзімі {0} өтті. {2}",
            ["video"] = "Бейнесессия ({0}) {1} басталады (Астана уақыты). Бөлме: {2}",
            ["kind.Registration"] = "тіркеу, A.21", ["kind.TerminationAndOwnership"] = "тоқтату және меншік, A.30",
        },
        ["ru"] = new()
        {
            ["review.soon"] = "КЖК (A.13): срок решения по заявлениям {1} — до {0} включительно. {2}",
            ["review.overdue"] = "КЖК (A.13): срок решения по заявлениям {1} истёк {0}. {2}",
            ["video"] = "Видеосессия ({0}) начнётся {1} (время Астаны). Комната: {2}",
            ["kind.Registration"] = "регистрация, A.21", ["kind.TerminationAndOwnership"] = "прекращение и собственность, A.30",
        },
        ["en"] = new()
        {
            ["review.soon"] = "KTK (A.13): decide applications {1} by {0} (inclusive). {2}",
            ["review.overdue"] = "KTK (A.13): the decision deadline {0} has passed for applications {1}. {2}",
            ["video"] = "Video session ({0}) starts {1} (Astana time). Room: {2}",
            ["kind.Registration"] = "registration, A.21", ["kind.TerminationAndOwnership"] = "termination and ownership, A.30",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>), under <c>scheduling.…</c> keys.</summary>
    public static TextTable Table { get; } = TextTable.Of("scheduling", Texts);
}

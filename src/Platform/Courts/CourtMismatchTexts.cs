using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Courts;

/// <summary>Seed 000: why a court decision does not support a termination (<see cref="CourtDecisionCheck"/>), in kk/ru/en. Keys <c>courts.mismatch.…</c>.</summary>
public static class CourtMismatchTexts
{
    private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
    {
        ["kk"] = new()
        {
            ["no_decision"] = "сот жазбалары қызметінде {0} ісі бойынша шешім жоқ ({1})",
            ["not_tenant"] = "шешімде осы шарттың жалға алушысы аталмаған",
            ["not_flat"] = "шешімде осы шарттың пәтері аталмаған",
            ["dated"] = "шешімнің күні {0}, ал {1} емес",
            ["not_in_force"] = "шешім заңды күшіне енбеген",
            ["document_differs"] = "жүктелген құжат сот тіркеген шешім емес (оның SHA-256 мәні өзгеше)",
        },
        ["ru"] = new()
        {
            ["no_decision"] = "в сервисе судебных записей нет решения по делу {0} ({1})",
            ["not_tenant"] = "в решении не назван арендатор по этому договору",
            ["not_flat"] = "в решении не названа квартира по этому договору",
            ["dated"] = "решение датировано {0}, а не {1}",
            ["not_in_force"] = "решение не вступило в законную силу",
            ["document_differs"] = "загруженный документ — не то решение, которое зарегистрировал суд (его SHA-256 отличается)",
        },
        ["en"] = new()
        {
            ["no_decision"] = "the court-records service has no decision in case {0} of {1}",
            ["not_tenant"] = "the decision does not name this lease's tenant",
            ["not_flat"] = "the decision does not name this lease's flat",
            ["dated"] = "the decision is dated {0}, not {1}",
            ["not_in_force"] = "the decision has not entered into legal force",
            ["document_differs"] = "the uploaded document is not the decision the court registered (its SHA-256 differs)",
        },
    };

    /// <summary>These texts in the one store (<see cref="UiText"/>).</summary>
    public static TextTable Table { get; } = TextTable.Of("courts.mismatch", Texts);
}

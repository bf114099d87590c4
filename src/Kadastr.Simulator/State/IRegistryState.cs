using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>The state databases the registrar's checks read (A.24): ЖТ МДБ, ЗТ МДБ, АХАЖ АЖ, ЖМБМК АЖ, the list.</summary>
public interface IRegistryState
{
    /// <summary>ЖТ МДБ: a person by IIN, or null.</summary>
    PersonRecord? FindPerson(string iin);

    /// <summary>ЗТ МДБ: a legal entity by BIN, or null.</summary>
    LegalEntityRecord? FindLegalEntity(string bin);

    /// <summary>АХАЖ АЖ: the IIN of the person's current spouse, or null when not married.</summary>
    string? CurrentSpouseOf(string iin);

    /// <summary>АХАЖ АЖ: true when the person has a dissolved marriage on record (divorce or a spouse's death).</summary>
    bool HasDissolvedMarriage(string iin);

    /// <summary>АХАЖ АЖ: the person's children from the birth records, oldest first.</summary>
    IReadOnlyList<ChildRecord> ChildrenOf(string iin);

    /// <summary>True when the IIN/BIN is on the terrorism and extremism financing list.</summary>
    bool IsOnSanctionsList(string iinOrBin);

    /// <summary>ЖМБМК АЖ: a property, or null.</summary>
    PropertyRecord? FindProperty(string cadastralNumber);

    /// <summary>ЖМБМК АЖ: the registration sheet entries of a property (active and closed).</summary>
    IReadOnlyList<SheetEntry> EntriesOf(string cadastralNumber);

    /// <summary>An application's current state, or null.</summary>
    Application? FindApplication(string id);
}

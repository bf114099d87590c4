namespace RentToOwn.LedgerAdapter.Witnesses;

/// <summary>Durable per-origin state of a witness; losing it would let a log roll back unseen.</summary>
public interface IWitnessStateStore
{
    /// <summary>The last cosigned checkpoint of <paramref name="origin"/>, or null if none.</summary>
    WitnessState? Load(string origin);

    /// <summary>Durably records the new state before the cosignature is released.</summary>
    void Save(string origin, WitnessState state);
}

namespace RentToOwn.Platform.Housing;

/// <summary>
/// Housing stock settings (section <c>Housing</c>). The Algorithm gives no rule for which flat fits a family, so the
/// rule is ours and configurable (docs/algorithm.md): a family of n members fits a flat with at least
/// max(1, n − <see cref="RoomsBelowFamilySize"/>) rooms and at most <see cref="MaxExtraRooms"/> more than that.
/// </summary>
public sealed class HousingOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Housing";

    /// <summary>Fewest rooms = family members minus this (at least one room). Default 1: a couple fits a 1-room flat.</summary>
    public int RoomsBelowFamilySize { get; set; } = 1;

    /// <summary>Most rooms = the fewest plus this. Default 1.</summary>
    public int MaxExtraRooms { get; set; } = 1;

    /// <summary>Largest accepted import file in bytes.</summary>
    public int MaxImportBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest accepted number of flats in one import.</summary>
    public int MaxImportRows { get; set; } = 5_000;

    /// <summary>The fewest rooms a family of <paramref name="members"/> is offered.</summary>
    public int MinRooms(int members) => Math.Max(1, members - RoomsBelowFamilySize);

    /// <summary>The most rooms a family of <paramref name="members"/> is offered.</summary>
    public int MaxRooms(int members) => MinRooms(members) + Math.Max(0, MaxExtraRooms);
}

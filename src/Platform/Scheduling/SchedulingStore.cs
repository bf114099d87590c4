namespace RentToOwn.Platform.Scheduling;

/// <summary>Where Quartz keeps its jobs and triggers (<c>Scheduling:Store</c>).</summary>
public enum SchedulingStore
{
    /// <summary>The platform's database (ADO.NET job store on SQLite or PostgreSQL): jobs survive a restart. The default.</summary>
    Database,

    /// <summary>In memory: lost on restart; for tests and tools that do not want the tables.</summary>
    Memory,
}

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>Tests in this collection share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>Collection name.</summary>
    public const string Name = "postgres";
}

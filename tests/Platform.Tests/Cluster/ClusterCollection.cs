namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>The several-instances tests (issue 17 §2–3) share one cluster of three instances and its PostgreSQL and Redis
/// servers, their own (the collection runs beside the other PostgreSQL tests, not after them).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterOfThree>
{
    /// <summary>Collection name.</summary>
    public const string Name = "cluster";
}

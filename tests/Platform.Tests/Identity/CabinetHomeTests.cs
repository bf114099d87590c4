using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>After the EDS login each role lands in its own cabinet.</summary>
public sealed class CabinetHomeTests
{
    [Theory]
    [InlineData(new[] { "Registrar" }, "/Registrar/VideoSessions")]
    [InlineData(new[] { "Tenant" }, "/Tenant")]
    [InlineData(new[] { "Guarantor" }, "/Guarantor")]
    [InlineData(new[] { "Spouse" }, "/Spouse")]
    [InlineData(new[] { "Head", "Officer" }, "/Head")]
    [InlineData(new[] { "Head" }, "/Head")]
    [InlineData(new[] { "Officer" }, "/Officer")]
    [InlineData(new[] { "Tenant", "Guarantor" }, "/Tenant")]
    [InlineData(new string[0], "/")]
    public void Each_role_lands_in_its_cabinet(string[] roles, string home) => Assert.Equal(home, CabinetHome.For(roles));
}

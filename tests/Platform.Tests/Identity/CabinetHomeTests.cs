using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>After the EDS login each role lands in its own cabinet.</summary>
public sealed class CabinetHomeTests
{
    [Theory]
    [InlineData(new[] { "Registrar" }, "/Registrar/VideoSessions")]
    [InlineData(new[] { "Tenant" }, "/Tenant/Application")]
    [InlineData(new[] { "Guarantor" }, "/Guarantor")]
    [InlineData(new[] { "Spouse" }, "/Spouse")]
    [InlineData(new[] { "Head", "Officer" }, "/Officer/RecipientLists")]
    [InlineData(new[] { "Head" }, "/Head")]
    [InlineData(new[] { "Tenant", "Guarantor" }, "/Tenant/Application")]
    [InlineData(new string[0], "/")]
    public void Each_role_lands_in_its_cabinet(string[] roles, string home) => Assert.Equal(home, CabinetHome.For(roles));
}

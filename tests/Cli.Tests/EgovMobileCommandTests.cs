using RentToOwn.Cli.Commands;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Cli.Tests;

/// <summary><c>rto egov-mobile sign</c> (the stand-in phone): bad options and unreachable or foreign QRs end with a reason, not a crash.</summary>
public sealed class EgovMobileCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rto-egov-cli-");

    private string TenantSigningKey()
    {
        Assert.Equal(0, CliRunner.Run(PkiCommand.Create(), "init", "--out", _dir.FullName).Code);
        return Directory.GetFiles(Path.Combine(_dir.FullName, "keys"), "RSA256_*.p12", SearchOption.AllDirectories).First();
    }

    [Fact]
    public void A_missing_key_file_exits_2_with_the_reason()
    {
        var (code, _, err) = CliRunner.Run(EgovMobileCommand.Create(), "sign", "--qr", "mobileSign:http://127.0.0.1/x",
            "--p12", Path.Combine(_dir.FullName, "none.p12"), "--password", "x");
        Assert.Equal(2, code);
        Assert.Contains("none.p12", err);
    }

    [Fact]
    public void A_QR_that_is_not_eGov_mobile_and_an_unreachable_platform_exit_1()
    {
        var key = TenantSigningKey();
        var foreign = CliRunner.Run(EgovMobileCommand.Create(), "sign", "--qr", "WIFI:S:home;;", "--p12", key, "--password", PkiDirectory.KeyPassword);
        Assert.Equal(1, foreign.Code);
        Assert.Contains("Not an eGov mobile QR", foreign.Out);

        // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
        var down = CliRunner.Run(EgovMobileCommand.Create(), "sign", "--qr", "mobileSign:http://127.0.0.1:9/api/egov-mobile/procedures/x/description/y",
            "--p12", key, "--password", PkiDirectory.KeyPassword);
        Assert.Equal(1, down.Code);
        Assert.Contains("rto egov-mobile sign:", down.Err);
    }

    public void Dispose()
    {
        try { _dir.Delete(recursive: true); } catch (IOException) { }
    }
}

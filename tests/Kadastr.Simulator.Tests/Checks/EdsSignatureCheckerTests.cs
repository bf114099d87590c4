using System.Text;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Kadastr.Simulator.Checks;
using RentToOwn.Kadastr.Simulator.Demo;

namespace RentToOwn.Kadastr.Simulator.Tests.Checks;

/// <summary>The Eds adapter of the signature port, configured from a trust folder as the standalone simulator is.</summary>
public sealed class EdsSignatureCheckerTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("kadastr-trust-");

    public void Dispose() => dir.Delete(recursive: true);

    [Fact]
    public void Trusts_the_folder_pki_reads_the_signer_and_rejects_foreign_or_wrong_signatures()
    {
        var manifest = PkiDirectory.Init(dir.FullName, TimeProvider.System);
        var pki = PkiDirectory.Load(dir.FullName, TimeProvider.System);
        var checker = EdsSignatureChecker.FromTrustDirectory(Path.Combine(dir.FullName, manifest.TrustDirectory), null, TimeProvider.System);
        var head = pki.Issue(DemoParties.ByRole("ktk-head"), KeyAlgorithm.Rsa, KeyPurpose.Signing);
        var content = Encoding.UTF8.GetBytes("rent-to-own contract");
        var cms = new CadesSigner(TimeProvider.System).Sign(content, head.Key, CadesSignOptions.Detached);

        var ok = checker.Check(content, cms);
        Assert.True(ok.Valid, ok.Failure);
        Assert.Equal("800203300457", ok.SignerIin);
        Assert.Equal("040540000103", ok.SignerBin);
        Assert.True(ok.IsSigner("040540000103"));
        Assert.False(ok.IsSigner("900501300120"));

        var tampered = checker.Check(Encoding.UTF8.GetBytes("rent-to-own contract, new price"), cms);
        Assert.False(tampered.Valid);

        var foreign = DemoSigningKit.Create(TimeProvider.System).Sign(content, "800203300457", "040540000103");
        var untrusted = checker.Check(content, foreign);
        Assert.False(untrusted.Valid);
        Assert.NotNull(untrusted.Failure);

        Assert.False(checker.Check(content, ReadOnlyMemory<byte>.Empty).Valid);
        Assert.False(checker.Check(content, new byte[] { 0x30, 0x03, 0x02, 0x01, 0x01 }).Valid);
    }

    [Fact]
    public async Task Standalone_simulator_refuses_to_start_without_a_trust_folder()
    {
        Assert.Equal(2, await SimulatorProgram.Main([]));
        Assert.Equal(2, await SimulatorProgram.Main(["--Kadastr:Simulator:TrustDirectory=" + Path.Combine(dir.FullName, "missing")]));
        Assert.Throws<DirectoryNotFoundException>(() => EdsSignatureChecker.FromTrustDirectory(Path.Combine(dir.FullName, "missing"), null, TimeProvider.System));
    }
}

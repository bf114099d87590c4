using System.Security.Cryptography;
using System.Text;
using RentToOwn.LedgerAdapter.Bundles;
using RentToOwn.LedgerAdapter.Records;

namespace RentToOwn.LedgerAdapter.Tests.Records;

public class SigningRecordCodecTests
{
    [Fact]
    public void Encoding_is_canonical_and_round_trips()
    {
        var record = TestKeys.Record() with { PreviousRecordHash = Sha256Digest.Of([1, 2, 3]) };
        var a = SigningRecordCodec.Encode(record);
        var b = SigningRecordCodec.Encode(TestKeys.Record() with { PreviousRecordHash = Sha256Digest.Of([1, 2, 3]) });
        Assert.Equal(a, b);
        Assert.Equal(record, SigningRecordCodec.Decode(a));
        Assert.Equal(1, a[0]);
        Assert.Equal((byte)RecordKind.SignatureAdded, a[1]);
    }

    [Fact]
    public void Optional_fields_absent_round_trip()
    {
        var record = new SigningRecord(RecordKind.RegistrationResult, "application-7", Sha256Digest.Of([7]), null, null, null, "", DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123));
        Assert.Equal(record, SigningRecordCodec.Decode(SigningRecordCodec.Encode(record)));
    }

    [Fact]
    public void Every_field_changes_the_encoding()
    {
        var r = TestKeys.Record();
        var baseline = SigningRecordCodec.Encode(r);
        SigningRecord[] variants =
        [
            r with { Kind = RecordKind.ContractSigned }, r with { SubjectId = "contract-0002" },
            r with { DocumentSha256 = Sha256Digest.Of([0]) }, r with { SignatureSha256 = null },
            r with { Signer = SignerReference.From(TestKeys.DeploymentSecret, "900101300124") }, r with { CertificateFingerprint = null },
            r with { Role = "guarantor" }, r with { SignedAt = r.SignedAt.AddMilliseconds(1) }, r with { PreviousRecordHash = Sha256Digest.Of([0]) },
        ];
        foreach (var v in variants)
        {
            Assert.NotEqual(baseline, SigningRecordCodec.Encode(v));
        }
    }

    [Theory]
    [InlineData(RecordKind.PaymentConfirmed, 9, "payment-provider")]
    [InlineData(RecordKind.CourtDecisionRecorded, 10, "ktk-officer")]
    public void A22_and_seed000_kinds_have_fixed_bytes_and_round_trip_through_codec_and_bundle_json(RecordKind kind, byte value, string role)
    {
        // The kind byte is part of the canonical encoding (and of the EVM record's uint8): appended, never renumbered.
        var record = TestKeys.Record() with { Kind = kind, Role = role, PreviousRecordHash = Sha256Digest.Of([4]) };
        var bytes = SigningRecordCodec.Encode(record);
        Assert.Equal(value, bytes[1]);
        Assert.Equal(record, SigningRecordCodec.Decode(bytes));
        var bundle = BundleJson.ToBundle(record);
        Assert.Equal(kind.ToString(), bundle.Kind);
        Assert.Equal(record, BundleJson.FromBundle(bundle));
        Assert.NotEqual(SigningRecordCodec.Encode(record with { Kind = RecordKind.SignatureAdded }), bytes);
    }

    [Fact]
    public void The_byte_after_the_last_kind_is_refused()
    {
        var bytes = SigningRecordCodec.Encode(TestKeys.Record());
        bytes[1] = (byte)(Enum.GetValues<RecordKind>().Max() + 1);
        Assert.Throws<FormatException>(() => SigningRecordCodec.Decode(bytes));
        Assert.Throws<FormatException>(() => BundleJson.FromBundle(BundleJson.ToBundle(TestKeys.Record()) with { Kind = "CourtDecision" }));
    }

    [Theory]
    [InlineData("trailing")]
    [InlineData("truncated")]
    [InlineData("version")]
    [InlineData("flag")]
    [InlineData("kind")]
    public void Decode_refuses_non_canonical_bytes(string damage)
    {
        var bytes = SigningRecordCodec.Encode(TestKeys.Record()).ToList();
        switch (damage)
        {
            case "trailing": bytes.Add(0); break;
            case "truncated": bytes.RemoveAt(bytes.Count - 1); break;
            case "version": bytes[0] = 2; break;
            case "flag": bytes[^1] = 7; break;
            case "kind": bytes[1] = 200; break;
        }

        Assert.Throws<FormatException>(() => SigningRecordCodec.Decode(bytes.ToArray()));
    }

    [Theory]
    [InlineData("contract-900101300123")]
    [InlineData("123456789012")]
    public void A39_subject_with_an_IIN_shaped_run_is_refused(string subject)
    {
        var e = Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { SubjectId = subject }));
        Assert.Contains("12+ digits", e.Message);
    }

    [Fact]
    public void A39_role_with_an_IIN_is_refused_and_empty_subject_too()
    {
        Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { Role = "tenant 900101300123" }));
        Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { SubjectId = "" }));
        Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { SubjectId = new string('x', 300) }));
        Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { Role = "a\nb" }));
        Assert.Throws<ArgumentException>(() => SigningRecordCodec.Encode(TestKeys.Record() with { Kind = (RecordKind)99 }));
        Assert.Equal("contract-12345678901", SigningRecordCodec.Decode(SigningRecordCodec.Encode(TestKeys.Record() with { SubjectId = "contract-12345678901" })).SubjectId);
    }

    [Fact]
    public void Signer_reference_is_HMAC_SHA256_of_the_IIN_under_the_secret()
    {
        var reference = SignerReference.From(TestKeys.DeploymentSecret, "900101300123");
        var expected = HMACSHA256.HashData(TestKeys.DeploymentSecret, Encoding.ASCII.GetBytes("900101300123"));
        Assert.Equal(expected, reference.Value.ToArray());
        Assert.DoesNotContain("900101300123", reference.ToString());
        Assert.NotEqual(reference, SignerReference.From(TestKeys.Seed(8), "900101300123"));
    }

    [Theory]
    [InlineData("90010130012")]
    [InlineData("9001013001234")]
    [InlineData("90010130012a")]
    [InlineData("")]
    public void Signer_reference_refuses_what_is_not_an_IIN_or_BIN(string id) =>
        Assert.Throws<ArgumentException>(() => SignerReference.From(TestKeys.DeploymentSecret, id));

    [Fact]
    public void Signer_reference_refuses_a_short_secret() =>
        Assert.Throws<ArgumentException>(() => SignerReference.From(new byte[8], "900101300123"));

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Digest_hex_is_checked(string hex) => Assert.Throws<FormatException>(() => Sha256Digest.FromHex(hex));
}

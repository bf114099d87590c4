using System.Numerics;
using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

public class EncodingVectorTests
{
    [Fact]
    public void Keccak256_known_values()
    {
        // Keccak-256 of the empty string, and the ERC-20 Transfer event topic (both widely published constants).
        Assert.Equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Convert.ToHexStringLower(Keccak256.Hash([])));
        Assert.Equal("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", Convert.ToHexStringLower(Keccak256.Hash("Transfer(address,address,uint256)")));
    }

    [Fact]
    public void Rlp_examples_from_the_Ethereum_wiki()
    {
        // ethereum.org "Recursive-length prefix (RLP) serialization" examples.
        Assert.Equal("83646f67", Convert.ToHexStringLower(Rlp.EncodeBytes("dog"u8)));
        Assert.Equal("c88363617483646f67", Convert.ToHexStringLower(Rlp.EncodeList(Rlp.EncodeBytes("cat"u8), Rlp.EncodeBytes("dog"u8))));
        Assert.Equal("80", Convert.ToHexStringLower(Rlp.EncodeInteger(0)));
        Assert.Equal("0f", Convert.ToHexStringLower(Rlp.EncodeInteger(15)));
        Assert.Equal("820400", Convert.ToHexStringLower(Rlp.EncodeInteger(1024)));
        Assert.Equal("c0", Convert.ToHexStringLower(Rlp.EncodeList()));
        var lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"u8;
        Assert.Equal("b838" + Convert.ToHexStringLower(lorem), Convert.ToHexStringLower(Rlp.EncodeBytes(lorem)));
    }

    [Fact]
    public void Eip155_worked_example()
    {
        // https://eips.ethereum.org/EIPS/eip-155 "Example": nonce 9, gas price 20 gwei, gas 21000,
        // to 0x3535…35, value 1 ether, empty data, chain id 1, private key 0x4646…46.
        var tx = new LegacyTransaction(9, BigInteger.Parse("20000000000"), 21000, "0x3535353535353535353535353535353535353535", BigInteger.Parse("1000000000000000000"), []);
        Assert.Equal("ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080", Convert.ToHexStringLower(tx.SigningPayload(1)));
        Assert.Equal("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53", Convert.ToHexStringLower(tx.SigningHash(1)));
        var key = EthKey.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        var signature = key.Sign(tx.SigningHash(1));
        Assert.Equal(BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846"), signature.R);
        Assert.Equal(BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531"), signature.S);
        Assert.Equal(37, signature.RecoveryId + (1 * 2) + 35);
        Assert.Equal(
            "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83",
            Convert.ToHexStringLower(tx.Sign(key, 1)));
        Assert.Equal(key.Address, EthKey.RecoverAddress(tx.SigningHash(1), signature));
    }

    [Fact]
    public void Private_key_1_has_the_well_known_address()
    {
        var one = new byte[32];
        one[31] = 1;
        Assert.Equal("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf", new EthKey(one).Address);
        Assert.Throws<ArgumentException>(() => new EthKey(new byte[32]));
    }

    [Fact]
    public void Abi_spec_examples()
    {
        // docs.soliditylang.org, Contract ABI Specification, "Examples": baz(uint32,bool) with 69, true.
        Assert.Equal(
            "cdcd77c0" + "0000000000000000000000000000000000000000000000000000000000000045" + "0000000000000000000000000000000000000000000000000000000000000001",
            Convert.ToHexStringLower(Abi.EncodeCall("baz(uint32,bool)", 69, true)));

        // bar(bytes3[2]) with ["abc", "def"].
        Assert.Equal(
            "fce353f6" + "6162630000000000000000000000000000000000000000000000000000000000" + "6465660000000000000000000000000000000000000000000000000000000000",
            Convert.ToHexStringLower(Abi.EncodeCall("bar(bytes3[2])", (object)new object[] { "abc", "def" })));

        // sam(bytes,bool,uint256[]) with "dave", true, [1,2,3].
        var sam = Abi.EncodeCall("sam(bytes,bool,uint256[])", "dave"u8.ToArray(), true, new object[] { 1, 2, 3 });
        Assert.Equal(
            "a5643bf2"
            + "0000000000000000000000000000000000000000000000000000000000000060"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "0000000000000000000000000000000000000000000000000000000000000004"
            + "6461766500000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000003",
            Convert.ToHexStringLower(sam));

        // f(uint256,uint32[],bytes10,bytes) with (0x123, [0x456, 0x789], "1234567890", "Hello, world!").
        var f = Abi.EncodeCall("f(uint256,uint32[],bytes10,bytes)", 0x123, new object[] { 0x456, 0x789 }, "1234567890", "Hello, world!"u8.ToArray());
        Assert.Equal(
            "8be65246"
            + "0000000000000000000000000000000000000000000000000000000000000123"
            + "0000000000000000000000000000000000000000000000000000000000000080"
            + "3132333435363738393000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000e0"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000456"
            + "0000000000000000000000000000000000000000000000000000000000000789"
            + "000000000000000000000000000000000000000000000000000000000000000d"
            + "48656c6c6f2c20776f726c642100000000000000000000000000000000000000",
            Convert.ToHexStringLower(f));

        // And decoding reads back what encoding wrote.
        var decoded = Abi.Decode(["bytes", "bool", "uint256[]"], sam.AsSpan(4));
        Assert.Equal("dave"u8.ToArray(), (byte[])decoded[0]);
        Assert.True((bool)decoded[1]);
        Assert.Equal(new object[] { new BigInteger(1), new BigInteger(2), new BigInteger(3) }, (object[])decoded[2]);
    }

    [Fact]
    public void Revert_reasons_decode_and_bad_input_is_refused()
    {
        var data = Abi.EncodeCall("Error(string)", "SigningRegistry: writer not allow-listed");
        Assert.Equal("SigningRegistry: writer not allow-listed", Abi.DecodeRevertReason(data));
        Assert.Equal("panic 0x11", Abi.DecodeRevertReason(Abi.EncodeCall("Panic(uint256)", 0x11)));
        Assert.Null(Abi.DecodeRevertReason([1, 2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Abi.Encode(["uint8"], [256]));
        Assert.Throws<FormatException>(() => Abi.Decode(["uint256"], new byte[31]));
    }
}

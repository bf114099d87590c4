using System.Numerics;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RLP;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Util;
using Newtonsoft.Json.Linq;
using RentToOwn.LedgerAdapter.Evm;
using RentToOwn.LedgerAdapter.Evm.Messages;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

/// <summary>Published vectors, as a check that Nethereum (the way this project calls it) gives the same bytes.</summary>
public class EncodingVectorTests
{
    [Fact]
    public void Keccak256_known_values()
    {
        // Keccak-256 of the empty string, and the ERC-20 Transfer event topic (both widely published constants).
        Assert.Equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470", Sha3Keccack.Current.CalculateHash([]).ToHex());
        Assert.Equal("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", Sha3Keccack.Current.CalculateHash("Transfer(address,address,uint256)"));
    }

    [Fact]
    public void Rlp_examples_from_the_Ethereum_wiki()
    {
        // ethereum.org "Recursive-length prefix (RLP) serialization" examples.
        Assert.Equal("83646f67", RLP.EncodeElement("dog"u8.ToArray()).ToHex());
        Assert.Equal("c88363617483646f67", RLP.EncodeList(RLP.EncodeElement("cat"u8.ToArray()), RLP.EncodeElement("dog"u8.ToArray())).ToHex());
        Assert.Equal("80", RLP.EncodeElement([]).ToHex());
        Assert.Equal("0f", RLP.EncodeElement([0x0f]).ToHex());
        Assert.Equal("820400", RLP.EncodeElement([0x04, 0x00]).ToHex());
        Assert.Equal("c0", RLP.EncodeList().ToHex());
        var lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"u8.ToArray();
        Assert.Equal("b838" + lorem.ToHex(), RLP.EncodeElement(lorem).ToHex());
    }

    [Fact]
    public void Eip155_example_through_the_senders_own_signing_path()
    {
        // https://eips.ethereum.org/EIPS/eip-155 "Example": nonce 9, gas price 20 gwei, gas 21000,
        // to 0x3535…35, value 1 ether, empty data, chain id 1, private key 0x4646…46.
        var key = new EthECKey("0x4646464646464646464646464646464646464646464646464646464646464646");
        var (account, signer) = EvmTransactionSender.CreateSigner(key, 1);
        var input = new TransactionInput
        {
            From = account.Address, To = "0x3535353535353535353535353535353535353535", Data = string.Empty,
            Nonce = new HexBigInteger(9), GasPrice = new HexBigInteger(BigInteger.Parse("20000000000")), Gas = new HexBigInteger(21000),
            Value = new HexBigInteger(BigInteger.Parse("1000000000000000000")),
        };
        Assert.Equal(
            "f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83",
            signer.SignTransaction(input).RemoveHexPrefix());

        // The signing payload and hash the EIP lists, from Nethereum's transaction model.
        var tx = new Nethereum.Model.LegacyTransactionChainId("0x3535353535353535353535353535353535353535", BigInteger.Parse("1000000000000000000"), 9,
            BigInteger.Parse("20000000000"), 21000, string.Empty, 1);
        Assert.Equal("ec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080", tx.GetRLPEncodedRaw().ToHex());
        Assert.Equal("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53", tx.RawHash.ToHex());
    }

    [Fact]
    public void Private_key_1_has_the_well_known_address()
    {
        var one = new byte[32];
        one[31] = 1;
        Assert.Equal("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf", new EthECKey(one, true).GetPublicAddress().ToLowerInvariant());
    }

    [Fact]
    public void Abi_spec_examples_through_typed_function_messages()
    {
        // docs.soliditylang.org, Contract ABI Specification, "Examples": baz(uint32,bool) with 69, true.
        Assert.Equal(
            "cdcd77c0" + "0000000000000000000000000000000000000000000000000000000000000045" + "0000000000000000000000000000000000000000000000000000000000000001",
            new Baz { X = 69, Y = true }.GetCallData().ToHex());

        // bar(bytes3[2]) with ["abc", "def"].
        Assert.Equal(
            "fce353f6" + "6162630000000000000000000000000000000000000000000000000000000000" + "6465660000000000000000000000000000000000000000000000000000000000",
            new Bar { X = ["abc"u8.ToArray(), "def"u8.ToArray()] }.GetCallData().ToHex());

        // sam(bytes,bool,uint256[]) with "dave", true, [1,2,3].
        var sam = new Sam { A = "dave"u8.ToArray(), B = true, C = [1, 2, 3] }.GetCallData();
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
            sam.ToHex());

        // f(uint256,uint32[],bytes10,bytes) with (0x123, [0x456, 0x789], "1234567890", "Hello, world!").
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
            new F { A = 0x123, B = [0x456, 0x789], C = "1234567890"u8.ToArray(), D = "Hello, world!"u8.ToArray() }.GetCallData().ToHex());

        // And decoding reads back what encoding wrote.
        var decoded = new Sam().DecodeInput(sam.ToHex(true));
        Assert.Equal("dave"u8.ToArray(), decoded.A);
        Assert.True(decoded.B);
        Assert.Equal([1, 2, 3], decoded.C);
    }

    [Fact]
    public void SigningRegistry_selectors_and_topics_are_the_canonical_signatures()
    {
        // Selector = first 4 bytes of Keccak-256 of the canonical signature (ABI spec, "Function Selector").
        static string Selector(string signature) => Sha3Keccack.Current.CalculateHash(signature)[..8];
        Assert.StartsWith(Selector("record(bytes32,bytes32,uint8)"), new RecordFunction { Subject = new byte[32], EntryHash = new byte[32] }.GetCallData().ToHex());
        Assert.StartsWith(Selector("anchor(uint64,bytes32)"), new AnchorFunction { Root = new byte[32] }.GetCallData().ToHex());
        Assert.StartsWith(Selector("setWriter(address,bool)"), new SetWriterFunction { Writer = "0x" + new string('1', 40) }.GetCallData().ToHex());
        Assert.Equal("0x" + Sha3Keccack.Current.CalculateHash("Recorded(bytes32,bytes32,uint8,address,uint256)"),
            ABITypedRegistry.GetEvent<RecordedEventDto>().Sha3Signature.EnsureHexPrefix());
    }

    [Fact]
    public void Revert_reasons_are_read_from_node_errors()
    {
        // Error(string) revert data as the ABI spec defines it: selector 0x08c379a0, then the ABI-encoded string.
        var data = "0x08c379a0" + new ErrorReason { Message = "SigningRegistry: writer not allow-listed" }.GetCallData().ToHex()[8..];
        Assert.Equal("SigningRegistry: writer not allow-listed", EvmErrors.Reason(new RpcResponseException(new RpcError(-32000, "execution reverted", new JValue(data)))));
        Assert.Equal("SigningRegistry: entry already recorded", EvmErrors.Reason(new RpcResponseException(new RpcError(-32000,
            "VM Exception while processing transaction: revert SigningRegistry: entry already recorded", new JObject { ["reason"] = "SigningRegistry: entry already recorded" }))));
        Assert.True(EvmErrors.IsRevert(new RpcResponseException(new RpcError(-32000, "VM Exception while processing transaction: revert", null))));
        Assert.False(EvmErrors.IsRevert(new RpcResponseException(new RpcError(-32003, "insufficient funds for gas * price + value", null))));
    }

    [Function("baz")]
    private sealed class Baz : FunctionMessage
    {
        [Parameter("uint32", "x", 1)] public uint X { get; set; }

        [Parameter("bool", "y", 2)] public bool Y { get; set; }
    }

    [Function("bar")]
    private sealed class Bar : FunctionMessage
    {
        [Parameter("bytes3[2]", "x", 1)] public List<byte[]> X { get; set; } = [];
    }

    [Function("sam")]
    private sealed class Sam : FunctionMessage
    {
        [Parameter("bytes", "a", 1)] public byte[] A { get; set; } = [];

        [Parameter("bool", "b", 2)] public bool B { get; set; }

        [Parameter("uint256[]", "c", 3)] public List<BigInteger> C { get; set; } = [];
    }

    [Function("f")]
    private sealed class F : FunctionMessage
    {
        [Parameter("uint256", "a", 1)] public BigInteger A { get; set; }

        [Parameter("uint32[]", "b", 2)] public List<uint> B { get; set; } = [];

        [Parameter("bytes10", "c", 3)] public byte[] C { get; set; } = [];

        [Parameter("bytes", "d", 4)] public byte[] D { get; set; } = [];
    }

    [Function("Error")]
    private sealed class ErrorReason : FunctionMessage
    {
        [Parameter("string", "message", 1)] public string Message { get; set; } = string.Empty;
    }
}

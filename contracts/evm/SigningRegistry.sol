// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title SigningRegistry: the permissioned signing-record ledger of the rent-to-own pilot (A.18, A.39).
/// @notice Only allow-listed writer accounts may record or anchor; the owner manages the allow-list.
///         Entries are PII-free hashes (subject id hash, record hash, kind). Anchors publish the
///         embedded Merkle log's checkpoint (tree size + RFC 6962 root) so one transaction covers
///         every record below it.
contract SigningRegistry {
    address public owner;
    mapping(address => bool) public writers;

    struct Entry {
        bytes32 subject;
        uint8 kind;
        uint64 blockNumber;
        address writer;
    }

    /// entryHash => entry (blockNumber 0 = absent)
    mapping(bytes32 => Entry) private entries;
    uint256 public recordCount;

    uint64 public latestTreeSize;
    bytes32 public latestRoot;
    uint64 public latestAnchorBlock;

    event WriterChanged(address indexed writer, bool allowed);
    event Recorded(bytes32 indexed subject, bytes32 indexed entryHash, uint8 kind, address writer, uint256 index);
    event Anchored(uint64 treeSize, bytes32 root, address writer);

    modifier onlyOwner() {
        require(msg.sender == owner, "SigningRegistry: caller is not the owner");
        _;
    }

    modifier onlyWriter() {
        require(writers[msg.sender], "SigningRegistry: writer not allow-listed");
        _;
    }

    constructor() {
        owner = msg.sender;
        writers[msg.sender] = true;
        emit WriterChanged(msg.sender, true);
    }

    /// @notice Adds or removes a writer account from the allow-list.
    function setWriter(address writer, bool allowed) external onlyOwner {
        writers[writer] = allowed;
        emit WriterChanged(writer, allowed);
    }

    /// @notice Records one signing record's hash; a hash can be recorded once.
    function record(bytes32 subject, bytes32 entryHash, uint8 kind) external onlyWriter {
        require(entries[entryHash].blockNumber == 0, "SigningRegistry: entry already recorded");
        entries[entryHash] = Entry(subject, kind, uint64(block.number), msg.sender);
        emit Recorded(subject, entryHash, kind, msg.sender, recordCount);
        recordCount += 1;
    }

    /// @notice Publishes a checkpoint of the embedded log; tree size never goes backwards.
    function anchor(uint64 treeSize, bytes32 root) external onlyWriter {
        require(treeSize >= latestTreeSize, "SigningRegistry: tree size went backwards");
        latestTreeSize = treeSize;
        latestRoot = root;
        latestAnchorBlock = uint64(block.number);
        emit Anchored(treeSize, root, msg.sender);
    }

    /// @notice Reads back a recorded entry; blockNumber is 0 when it was never recorded.
    function getEntry(bytes32 entryHash)
        external
        view
        returns (bytes32 subject, uint8 kind, uint64 blockNumber, address writer)
    {
        Entry storage e = entries[entryHash];
        return (e.subject, e.kind, e.blockNumber, e.writer);
    }

    /// @notice Reads back the latest anchor.
    function latestAnchor() external view returns (uint64 treeSize, bytes32 root, uint64 blockNumber) {
        return (latestTreeSize, latestRoot, latestAnchorBlock);
    }
}

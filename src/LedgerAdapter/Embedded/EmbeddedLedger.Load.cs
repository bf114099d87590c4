using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using RentToOwn.LedgerAdapter.Checkpoints;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.LedgerAdapter.Verification;
using RentToOwn.LedgerAdapter.Witnesses;

namespace RentToOwn.LedgerAdapter.Embedded;

/// <summary>Opening: rebuilding the tree from stored leaves and checking it against the signed checkpoint.</summary>
public sealed partial class EmbeddedLedger
{
    private SignedCheckpoint Load()
    {
        using (var cmd = writeConnection.CreateCommand())
        {
            cmd.CommandText = "SELECT idx, subject, entry FROM leaves ORDER BY idx";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                var index = reader.GetInt64(0);
                if (index != tree.Size)
                {
                    throw new InvalidDataException($"ledger: leaf {tree.Size} is missing (found {index})");
                }

                var leafHash = Rfc6962.LeafHash((byte[])reader[2]);
                tree.Append(leafHash);
                lastBySubject[reader.GetString(1)] = leafHash;
            }
        }

        string? note;
        using (var cmd = writeConnection.CreateCommand())
        {
            cmd.CommandText = "SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1";
            note = cmd.ExecuteScalar() as string;
        }

        if (note is null)
        {
            if (tree.Size != 0)
            {
                throw new InvalidDataException("ledger: leaves are stored without a signed checkpoint");
            }

            var empty = CheckpointSigner.Sign(new Checkpoint(Origin, 0, tree.Root(0)), logKey).Format();
            Execute($"INSERT INTO checkpoints(size, note) VALUES (0, '{empty.Replace("'", "''")}')");
            return new SignedCheckpoint(Checkpoint.ParseBody(SignedNote.Parse(empty).Text), empty);
        }

        Checkpoint stored;
        try
        {
            stored = CheckpointVerifier.Verify(note, logKey.VerifierKey, [], 0).Checkpoint;
        }
        catch (VerificationException e)
        {
            throw new InvalidDataException("ledger: the latest stored checkpoint does not verify with the log key: " + e.Message);
        }

        if (stored.Size != tree.Size || !stored.RootHash.AsSpan().SequenceEqual(tree.Root(tree.Size)))
        {
            throw new InvalidDataException($"ledger: stored leaves (size {tree.Size}) do not match the latest signed checkpoint (size {stored.Size})");
        }

        return new SignedCheckpoint(stored, note);
    }

    private void Execute(string sql)
    {
        using var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var cmd = writeConnection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        cmd.Prepare();
        return cmd;
    }
}

using RentToOwn.LedgerAdapter.Evm;

namespace RentToOwn.LedgerAdapter.Tests.Evm;

public class NonceCounterTests
{
    [Fact]
    public void Hands_out_in_order_from_the_nodes_count_and_reuses_a_returned_nonce_first()
    {
        var nonces = new NonceCounter();
        nonces.MoveUpTo(5);
        Assert.Equal([5, 6, 7, 8], new[] { nonces.Take(), nonces.Take(), nonces.Take(), nonces.Take() });

        // 6 refused while 7 and 8 are out: a gap the node waits on; it is given out again first.
        Assert.True(nonces.Return(6));
        Assert.Equal(6, nonces.Take());
        Assert.Equal(9, nonces.Take());

        // The last one refused: no gap, the counter simply steps back (and over returned ones below it).
        Assert.True(nonces.Return(8));
        Assert.False(nonces.Return(9));
        Assert.Equal(8, nonces.Next);
        Assert.Equal(0, nonces.ReturnedCount);
    }

    [Fact]
    public void Moving_up_to_the_node_drops_returned_nonces_the_node_has_used_and_never_moves_down()
    {
        var nonces = new NonceCounter();
        nonces.MoveUpTo(10);
        for (var i = 0; i < 5; i++)
        {
            nonces.Take();
        }

        nonces.Return(11);
        nonces.MoveUpTo(13); // another sender used 10..12
        Assert.Equal(0, nonces.ReturnedCount);
        Assert.Equal(15, nonces.Next);
        nonces.MoveUpTo(3);
        Assert.Equal(15, nonces.Next);
        Assert.False(nonces.Return(12)); // below the node's count: nothing to hand back
        Assert.True(nonces.TryTakeReturned(out _) is false);
    }
}

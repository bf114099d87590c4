namespace RentToOwn.Eds.Algorithms;

/// <summary>The two key families NCA RK issues.</summary>
public enum KeyAlgorithm
{
    /// <summary>RSA 2048 with sha256WithRSAEncryption.</summary>
    Rsa,

    /// <summary>GOST 34.10-2015 512-bit (GOST R 34.10-2012 curve with Streebog-512) under Kazakhstan's OIDs.</summary>
    Gost,
}

namespace RentToOwn.Cli.Demo;

/// <summary>A demo step failed; the message says which and why.</summary>
public sealed class DemoException(string message) : Exception(message);

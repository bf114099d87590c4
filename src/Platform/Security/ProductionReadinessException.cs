namespace RentToOwn.Platform.Security;

/// <summary>The platform refuses to start outside Development; the message lists every missing or unsafe setting.</summary>
public sealed class ProductionReadinessException(string environment, IReadOnlyList<string> problems)
    : InvalidOperationException(
        $"RentToOwn refuses to start in {environment}: stand-ins and test trust run only in Development "
        + $"(ASPNETCORE_ENVIRONMENT=Development). Missing or unsafe settings ({problems.Count}):"
        + string.Concat(problems.Select(p => "\n  - " + p))
        + "\nSee README.md, section Security.")
{
    /// <summary>One line per setting.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}

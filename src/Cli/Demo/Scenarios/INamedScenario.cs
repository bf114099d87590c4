using System.Text.Json.Nodes;

namespace RentToOwn.Cli.Demo.Scenarios;

/// <summary>
/// A named legal scenario for <c>rto demo --scenario NAME</c> (issue 16, section 7): it drives an in-process platform
/// through the public HTTP API and returns JSON with an <c>outcome</c> field. Each scenario is one class in this folder;
/// <see cref="NamedScenarios"/> finds it.
/// </summary>
public interface INamedScenario
{
    /// <summary>The name on the command line, e.g. <c>two-tenants</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c> and the docs: what happens and which Algorithm points it shows.</summary>
    string Description { get; }

    /// <summary>The <c>outcome</c> this scenario must print for the platform to be right (exit code 0), e.g. <c>refused</c>.</summary>
    string ExpectedOutcome { get; }

    /// <summary>Extra platform configuration (<c>--Key=Value</c> lines) the scenario needs, e.g. a pinned clock.</summary>
    IReadOnlyList<string> Settings => [];

    /// <summary>Runs the scenario; the result holds <c>outcome</c> and whatever shows why.</summary>
    Task<JsonObject> RunAsync(ScenarioContext context, CancellationToken ct);
}

/// <summary>What a scenario runs against.</summary>
/// <param name="Url">The platform's base address.</param>
/// <param name="DataDirectory">Its data directory (test PKI under <c>pki/</c>, ledger keys under <c>ledger/</c>).</param>
/// <param name="Log">Progress lines (standard error).</param>
public sealed record ScenarioContext(Uri Url, string DataDirectory, TextWriter Log)
{
    /// <summary>The test PKI folder of the demo parties.</summary>
    public string Pki => Path.Combine(DataDirectory, "pki");
}

/// <summary>Every <see cref="INamedScenario"/> in this assembly, by name.</summary>
public static class NamedScenarios
{
    /// <summary>The scenarios, ordered by name.</summary>
    public static IReadOnlyList<INamedScenario> All { get; } = typeof(INamedScenario).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(INamedScenario).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (INamedScenario)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The scenario called <paramref name="name"/>, or null.</summary>
    public static INamedScenario? Find(string name) => All.FirstOrDefault(s => s.Name == name);
}

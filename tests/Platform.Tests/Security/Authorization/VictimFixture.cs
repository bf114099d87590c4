namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>One app with the victim's objects, per test class.</summary>
public sealed class VictimFixture : IAsyncLifetime
{
    internal MatrixPlatform App { get; } = new();

    internal Victim Victim { get; private set; } = null!;

    public async Task InitializeAsync() => Victim = await Victim.SeedAsync(App);

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    internal Task<HttpClient> As(Caller caller) => Victim.ClientAsync(App, caller);
}

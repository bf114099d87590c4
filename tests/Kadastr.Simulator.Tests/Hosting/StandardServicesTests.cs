using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.Hosting;

namespace RentToOwn.Kadastr.Simulator.Tests.Hosting;

/// <summary>
/// The simulator answers the standard gRPC health check (grpc/grpc doc/health-checking.md) and server reflection
/// (grpc/grpc doc/server-reflection.md), so grpcurl-style tools and load balancers work; a required token guards the
/// registry but not the health check.
/// </summary>
public sealed class StandardServicesTests(SimulatorFixture sim) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task Health_check_answers_serving_for_the_server_and_is_open_without_the_token()
    {
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { AuthToken = "s3cret" }, sim.Kit.Checker, sim.Clock);
        using var channel = KadastrChannel.Create(host.Address);
        var health = new Health.HealthClient(channel);

        var overall = await health.CheckAsync(new HealthCheckRequest { Service = "" }, deadline: CallDeadline.After(TimeSpan.FromSeconds(10)));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, overall.Status);
        var registry = await Assert.ThrowsAsync<RpcException>(async () =>
            await new RealEstateRegistry.RealEstateRegistryClient(channel).GetApplicationAsync(new GetApplicationRequest { Id = "x" }));
        Assert.Equal(StatusCode.Unauthenticated, registry.StatusCode);
    }

    [Fact]
    public async Task Reflection_lists_the_registry_and_the_health_service_and_describes_the_contract()
    {
        using var channel = KadastrChannel.Create(sim.Host.Address);
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(deadline: CallDeadline.After(TimeSpan.FromSeconds(10)));

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "rto.kadastr.v1.RealEstateRegistry" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var file = Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(call.ResponseStream.Current.FileDescriptorResponse.FileDescriptorProto[0]);
        await call.RequestStream.CompleteAsync();

        Assert.Contains("rto.kadastr.v1.RealEstateRegistry", services);
        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Equal("rto.kadastr.v1", file.Package);
        Assert.Contains(file.Service.Single().Method, m => m.Name == "WatchApplication" && m.ServerStreaming);
    }
}

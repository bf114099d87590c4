using RentToOwn.Bench;

return await BenchRunner.RunAsync(args);

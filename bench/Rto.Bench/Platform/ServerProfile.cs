using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// What the hosted platform did during the timed run, from the diagnostic events ASP.NET Core and EF Core publish
/// (<see cref="DiagnosticListener"/>; nothing in the platform changes): HTTP requests by endpoint (count, server time) and
/// SQL commands by statement (count, time). Times are wall-clock inside the server, so they include waiting (locks, I/O)
/// and grow with the machine's load; the counts do not. Used with the CPU sampler (<c>--no-profile</c> turns both off).
/// </summary>
public sealed partial class ServerProfile : IObserver<DiagnosticListener>, IDisposable
{
    private const string StartedKey = "rto.bench.started";
    private const string Background = "(no request: cadastre events, outbox, hosted services)";
    private readonly ConcurrentDictionary<string, Tally> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tally> _commands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Tally> _commandsByEndpoint = new(StringComparer.Ordinal);

    // The request whose pipeline runs on this execution context: set by the hosting BeginRequest event (raised
    // synchronously before the pipeline starts, so it flows into the request's awaits), closed at EndRequest.
    private static readonly AsyncLocal<RequestTag?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;
    private volatile bool _on;

    private ServerProfile() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    /// <summary>Subscribes now; counts from <see cref="Start"/> to <see cref="Stop"/>.</summary>
    public static ServerProfile Create() => new();

    /// <summary>Starts counting.</summary>
    public void Start() => _on = true;

    /// <summary>Stops counting.</summary>
    public void Stop() => _on = false;

    /// <summary>Requests and SQL commands, per lifecycle, the top <paramref name="top"/> of each by time.</summary>
    public JsonObject ToJson(int lifecycles, int top = 15) => new()
    {
        ["requestsPerLifecycle"] = Math.Round(_requests.Values.Sum(t => t.Count) / (double)Math.Max(1, lifecycles), 1),
        ["sqlCommandsPerLifecycle"] = Math.Round(_commands.Values.Sum(t => t.Count) / (double)Math.Max(1, lifecycles), 1),
        ["requestsByEndpoint"] = Top(_requests, lifecycles, top),
        ["sqlByStatement"] = Top(_commands, lifecycles, top),
        ["sqlByEndpoint"] = ByCount(_commandsByEndpoint, lifecycles, 25),
        ["sqlByStatementCount"] = Top(_commands, lifecycles, 25, byCount: true),
        ["method"] = "DiagnosticListener events (Microsoft.AspNetCore.Hosting.BeginRequest/EndRequest, EF Core CommandExecuted); "
            + "ms = server wall time, including waits; sqlByEndpoint charges a statement to the request on whose execution context it ran",
    };

    /// <summary>SQL statements counted so far (all requests and background work).</summary>
    public long SqlCommands => _commands.Values.Sum(t => t.Count);

    // Endpoint → statements per lifecycle and per request of that endpoint, most statements first.
    private JsonArray ByCount(ConcurrentDictionary<string, Tally> tallies, int lifecycles, int top) =>
        new(tallies.OrderByDescending(kv => kv.Value.Count).Take(top).Select(kv => (JsonNode)new JsonObject
        {
            ["endpoint"] = kv.Key,
            ["statementsPerLifecycle"] = Math.Round(kv.Value.Count / (double)Math.Max(1, lifecycles), 1),
            ["statementsPerRequest"] = _requests.TryGetValue(kv.Key, out var r) && r.Count > 0 ? Math.Round(kv.Value.Count / (double)r.Count, 1) : null,
            ["msPerLifecycle"] = Math.Round(TimeSpan.FromTicks(kv.Value.Ticks).TotalMilliseconds / Math.Max(1, lifecycles), 1),
        }).ToArray());

    private static JsonArray Top(ConcurrentDictionary<string, Tally> tallies, int lifecycles, int top, bool byCount = false) =>
        new(tallies.OrderByDescending(kv => byCount ? kv.Value.Count : kv.Value.Ticks).Take(top).Select(kv => (JsonNode)new JsonObject
        {
            ["what"] = kv.Key,
            ["perLifecycle"] = Math.Round(kv.Value.Count / (double)Math.Max(1, lifecycles), 1),
            ["msPerLifecycle"] = Math.Round(TimeSpan.FromTicks(kv.Value.Ticks).TotalMilliseconds / Math.Max(1, lifecycles), 1),
        }).ToArray());

    /// <inheritdoc />
    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name is "Microsoft.AspNetCore" or "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions) _subscriptions.Add(listener.Subscribe(new Observer(this), name =>
                name is "Microsoft.AspNetCore.Hosting.BeginRequest" or "Microsoft.AspNetCore.Hosting.EndRequest"
                    || name == RelationalEventId.CommandExecuted.Name));
        }
    }

    /// <inheritdoc />
    public void OnCompleted()
    {
    }

    /// <inheritdoc />
    public void OnError(Exception error)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            foreach (var s in _subscriptions) s.Dispose();
        }
    }

    private void OnEvent(string name, object? payload)
    {
        if (!_on) return;
        if (payload is CommandExecutedEventData sql)
        {
            Add(_commands, Shorten(sql.Command.CommandText), sql.Duration.Ticks);
            Add(_commandsByEndpoint, Current.Value?.Name() ?? Background, sql.Duration.Ticks);
            return;
        }

        // The hosting events carry { httpContext, timestamp }.
        if ((payload as HttpContext ?? payload?.GetType().GetProperty("httpContext")?.GetValue(payload) as HttpContext) is not { } http) return;
        if (name.EndsWith("BeginRequest", StringComparison.Ordinal))
        {
            http.Items[StartedKey] = Stopwatch.GetTimestamp();
            Current.Value = new RequestTag(http);
        }
        else if (http.Items.TryGetValue(StartedKey, out var started) && started is long t)
        {
            var key = RequestTag.Key(http);
            if (Current.Value is { } tag && ReferenceEquals(tag.Http, http)) tag.End(key);
            Add(_requests, key, Stopwatch.GetElapsedTime(t).Ticks);
        }
    }

    // One request: its endpoint's name while it runs; work it started that outlives it counts as background.
    private sealed class RequestTag(HttpContext http)
    {
        private volatile string? _ended;

        public HttpContext Http { get; } = http;

        public static string Key(HttpContext http) => $"{http.Request.Method} {http.GetEndpoint()?.DisplayName ?? $"(no endpoint) {http.Request.Path}"}";

        public void End(string key) => _ended = key;

        public string? Name()
        {
            if (_ended is not null) return null;
            try
            {
                return Key(Http);
            }
            catch (ObjectDisposedException)
            {
                return null;
            }
        }
    }

    private static void Add(ConcurrentDictionary<string, Tally> tallies, string key, long ticks)
    {
        var tally = tallies.GetOrAdd(key, _ => new Tally());
        Interlocked.Increment(ref tally.Count);
        Interlocked.Add(ref tally.Ticks, ticks);
    }

    // One line per statement shape: whitespace collapsed, at most 300 characters.
    private static string Shorten(string sql)
    {
        var one = Spaces().Replace(sql, " ").Trim();
        return one.Length > 300 ? one[..300] + "…" : one;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private sealed class Tally
    {
        public long Count;
        public long Ticks;
    }

    private sealed class Observer(ServerProfile profile) : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value) => profile.OnEvent(value.Key, value.Value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

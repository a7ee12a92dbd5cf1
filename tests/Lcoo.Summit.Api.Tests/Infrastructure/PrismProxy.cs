using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism (tests/node) as a validating proxy in front of a service: every request and answer that passes is
/// checked against an OpenAPI document, and with <c>--errors</c> a violation is logged (✖) and answered 422 or 500.
/// </summary>
public sealed class PrismProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    /// <summary>http://127.0.0.1:{port}, no trailing slash.</summary>
    public string BaseUrl { get; }

    private PrismProxy(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public static async Task<PrismProxy> StartAsync(string contract, string upstream)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(NodeTools.PackageFile(Path.Combine(".bin", "prism")),
            ["proxy", contract, upstream, "--port", $"{port}", "--host", "127.0.0.1", "--errors"])
        {
            WorkingDirectory = NodeTools.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NO_COLOR"] = "1", ["FORCE_COLOR"] = "0" },
        };
        var proxy = new PrismProxy(Process.Start(start)!, $"http://127.0.0.1:{port}");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            proxy._log.Enqueue(e.Data);
            if (e.Data.Contains("Prism is listening", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        proxy._process.OutputDataReceived += Read;
        proxy._process.ErrorDataReceived += Read;
        proxy._process.BeginOutputReadLine();
        proxy._process.BeginErrorReadLine();
        var ready = await Task.WhenAny(listening.Task, proxy._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(1)));
        if (ready != listening.Task)
        {
            var said = string.Join("\n", proxy._log.TakeLast(20));
            await proxy.DisposeAsync();
            throw new InvalidOperationException($"Prism did not start listening:\n{said}");
        }

        return proxy;
    }

    /// <summary>How many lines Prism has logged: pass it to <see cref="ViolationsSince"/> to see what one client caused.</summary>
    public int Mark => _log.Count;

    /// <summary>
    /// What Prism refused or found wrong since <paramref name="mark"/>: requests or answers the contract does not
    /// describe. Prism logs after it answers, so this waits until its log has been quiet for a moment.
    /// </summary>
    public async Task<IReadOnlyList<string>> ViolationsSinceAsync(int mark)
    {
        var (count, quiet) = (-1, 0);
        for (var wait = 0; wait < 50 && quiet < 3; wait++)
        {
            quiet = _log.Count == count ? quiet + 1 : 0;
            count = _log.Count;
            await Task.Delay(100);
        }

        var lines = _log.ToArray();
        return [.. lines.Skip(mark).Where(l => l.Contains('✖') || l.Contains("Violation", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>Every request Prism saw since <paramref name="mark"/>, as "get /summits".</summary>
    public IReadOnlyList<string> RequestsSince(int mark) =>
        [.. _log.ToArray().Skip(mark).Where(l => l.Contains("[HTTP SERVER]", StringComparison.Ordinal) && l.Contains("Request received", StringComparison.Ordinal))];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
namespace Lcoo.Summit.Testing;

/// <summary>
/// The service as operators run it: its own process (<c>dotnet Lcoo.Summit.Api.dll</c>), Production settings,
/// Kestrel on a loopback port it chose itself (<c>--urls http://127.0.0.1:0</c>, read back from its log, so no
/// port is picked, released and bound later), JSON logs on standard output, kept for the test to read.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(Process process, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string DataDirectory { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line the service wrote to standard output and error so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>The coordinator key the service is started with.</summary>
    public const string CoordinatorKey = "test-coordinator-key";

    /// <summary>The API's own build output: the test project's configuration, next to the API project.</summary>
    public static string ServiceDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Fixtures.RepoRoot, "src", "Lcoo.Summit.Api", "bin", configuration, "net10.0", "Lcoo.Summit.Api.dll");
        }
    }

    /// <param name="settings">Configuration as environment variables (<c>Limits__PermitsPerWindow</c>).</param>
    public static async Task<ServiceProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", [ServiceDll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(ServiceDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = "",
            ["Storage__DataDirectory"] = dataDirectory,
            ["Seed__Path"] = Fixtures.SeedData,
            ["Coordinators__ApiKeys__0"] = CoordinatorKey,
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
            ["DOTNET_gcServer"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var service = new ServiceProcess(process, dataDirectory);
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => service.Receive(e.Data, listening);
        process.ErrorDataReceived += (_, e) => service.Receive(e.Data, listening);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var wait = timeout ?? TimeSpan.FromSeconds(60);
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(listening.Task, exited, Task.Delay(wait)) != listening.Task)
        {
            await service.DisposeAsync();
            throw new InvalidOperationException($"The service did not start listening within {wait}:\n{string.Join('\n', service.Output.TakeLast(40))}");
        }

        service.BaseAddress = listening.Task.Result;
        using var client = service.Client();
        var deadline = DateTime.UtcNow + wait;
        while ((await client.GetAsync("/health")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"The service was not healthy within {wait}:\n{string.Join('\n', service.Output.TakeLast(40))}");
            }

            await Task.Delay(100);
        }

        return service;
    }

    private void Receive(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } m)
        {
            listening.TrySetResult(new Uri(m.Groups["url"].Value + "/"));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    public HttpClient Client(bool coordinator = false)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (coordinator)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", CoordinatorKey);
        }

        return client;
    }

    /// <summary>The resident memory of the service process now (VmRSS), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException("No VmRSS line.");
    }

    /// <summary><c>kill -9</c>: no shutdown, no flush, nothing finishes.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
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

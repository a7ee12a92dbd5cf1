using OpenQA.Selenium.Chrome;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// A class of page tests: the service on a real socket, prepared as the class needs, and one headless Chromium,
/// both stopped when the class is done.
/// </summary>
public abstract class BrowserTests : IAsyncLifetime
{
    private KestrelService? _service;
    private Chromium? _chromium;

    protected KestrelService Service => _service ?? throw new InvalidOperationException("The service is not started yet.");

    protected Chromium Chromium => _chromium ?? throw new InvalidOperationException("The browser is not started yet.");

    protected ChromeDriver Browser => Chromium.Browser;

    /// <summary>http://127.0.0.1:{port}, no trailing slash.</summary>
    protected string BaseUrl => Service.BaseUrl;

    /// <summary>The browser window (width, height).</summary>
    protected virtual (int Width, int Height) Window => (1280, 900);

    protected virtual Task<KestrelService> StartServiceAsync() => KestrelService.StartAsync();

    /// <summary>What the class needs in the service before the browser opens (summits imported, members set).</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _service = await StartServiceAsync();
        await PrepareAsync();
        _chromium = new Chromium(Window.Width, Window.Height);
    }

    public virtual async ValueTask DisposeAsync()
    {
        _chromium?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

using System.Runtime.InteropServices;

namespace Lcoo.Summit.Api.Imports;

/// <summary>
/// CPU-heavy work that people are not waiting on screen for (working an import out) runs on its own thread at a lower
/// scheduling priority (Linux <c>nice</c> 10 for that thread only), so kiosks and schedule reads get the cores first
/// while a coordinator imports. Elsewhere, or if the system refuses, the work simply runs at normal priority.
/// </summary>
public static class BackgroundCpu
{
    private const int Nice = 10;

    public static Task<T> RunAsync<T>(Func<T> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Lower();
            try
            {
                done.SetResult(work());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "lcoo-background-cpu",
        };
        thread.Start();
        return done.Task;
    }

    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // PRIO_PROCESS with a thread id sets that thread's niceness on Linux.
            _ = SetPriority(0, GetThreadId(), Nice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
}

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>A clock that stands where the test puts it.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}

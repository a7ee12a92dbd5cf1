using Lcoo.Summit.Api.Storage;
using Lcoo.Summit.Members;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Members;

/// <summary>The member list as a directory, read from the store at most once per poll interval (or after a local change).</summary>
public sealed class MemberDirectoryCache(IMemberStore store, TimeProvider clock, IOptions<StorageOptions> options)
{
    private (MemberDirectory Directory, DateTimeOffset LoadedAt)? _current;

    public async ValueTask<MemberDirectory> GetAsync(CancellationToken ct)
    {
        if (_current is { } c && clock.GetUtcNow() - c.LoadedAt < options.Value.VersionPollInterval)
        {
            return c.Directory;
        }

        var directory = new MemberDirectory(await store.ListMembersAsync(ct));
        _current = (directory, clock.GetUtcNow());
        return directory;
    }

    public void Invalidate() => _current = null;
}

using Lcoo.Summit.Itineraries;

namespace Lcoo.Summit.Api.Itineraries;

/// <summary>Published itineraries: the links coordinators hand out, found by their token.</summary>
public interface IPublicationStore
{
    /// <summary>Keeps a publication; the store gives it its id.</summary>
    Task<Publication> PublishAsync(Publication publication, CancellationToken ct);

    /// <summary>A summit's publications, newest first.</summary>
    Task<IReadOnlyList<Publication>> ListPublicationsAsync(string slug, CancellationToken ct);

    Task<Publication?> FindPublicationAsync(string token, CancellationToken ct);

    Task<bool> WithdrawPublicationAsync(string slug, string id, CancellationToken ct);
}

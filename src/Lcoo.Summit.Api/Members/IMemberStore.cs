using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Members;

/// <summary>The working group's member companies and their aliases.</summary>
public interface IMemberStore
{
    /// <summary>Every member, by id.</summary>
    Task<IReadOnlyList<MemberCompany>> ListMembersAsync(CancellationToken ct);

    Task UpsertMembersAsync(IReadOnlyList<MemberCompany> members, CancellationToken ct);

    Task<bool> DeleteMemberAsync(string id, CancellationToken ct);
}

namespace Lcoo.Summit.Members;

/// <summary>A working-group member company and the spellings sources use for it.</summary>
/// <param name="Id">Short stable key used in URLs: <c>att</c>, <c>ntt</c>, <c>skt</c>.</param>
public sealed record MemberCompany(string Id, string DisplayName, IReadOnlyList<string> Aliases);

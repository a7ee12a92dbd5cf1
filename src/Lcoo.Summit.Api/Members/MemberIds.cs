using Lcoo.Summit.Members;

namespace Lcoo.Summit.Api.Members;

/// <summary>Member companies named in a request body by id.</summary>
public static class MemberIds
{
    /// <summary>What is wrong with the list, for a person: an empty entry or an id that is no member; null when all are members.</summary>
    public static string? Problem(IEnumerable<string?> ids, MemberDirectory directory)
    {
        foreach (var id in ids)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return "Give each member company as its id (GET /members lists them); the list has an empty or null entry.";
            }

            if (directory.Find(id) is null)
            {
                return $"'{id}' is not a member company; GET /members lists them.";
            }
        }

        return null;
    }
}

using HtmlAgilityPack;

namespace Lcoo.Summit.Imports;

/// <summary>
/// Element walks without HtmlAgilityPack's <c>Descendants()</c>, whose nested iterators cost a step per level
/// of depth for every node: on a summit page that walk cost as much as loading the page.
/// </summary>
internal static class HtmlWalk
{
    /// <summary>The elements under <paramref name="root"/> (not itself), in document order.</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root)
    {
        var stack = new Stack<(HtmlNode Parent, int Next)>();
        stack.Push((root, 0));
        while (stack.TryPop(out var frame))
        {
            var children = frame.Parent.ChildNodes;
            for (var i = frame.Next; i < children.Count; i++)
            {
                var child = children[i];
                if (child.NodeType != HtmlNodeType.Element)
                {
                    continue;
                }

                yield return child;
                if (child.HasChildNodes)
                {
                    stack.Push((frame.Parent, i + 1));
                    stack.Push((child, 0));
                    break;
                }
            }
        }
    }

    /// <summary>The elements named <paramref name="name"/> (lower case, as HtmlAgilityPack keeps names).</summary>
    public static IEnumerable<HtmlNode> Elements(HtmlNode root, string name) => Elements(root).Where(e => e.Name == name);

    /// <summary>Whether the element's class attribute lists <paramref name="cssClass"/>.</summary>
    public static bool HasClass(HtmlNode node, string cssClass) => Lists(node.GetAttributeValue("class", ""), cssClass);

    /// <summary>Whether a class attribute's value lists <paramref name="cssClass"/>.</summary>
    public static bool Lists(string classes, string cssClass)
    {
        foreach (var range in classes.AsSpan().Split(' '))
        {
            if (classes.AsSpan()[range].SequenceEqual(cssClass))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A page's elements with the classes and names a parser asks for, from one walk.</summary>
internal sealed class HtmlPageIndex
{
    private readonly Dictionary<string, List<HtmlNode>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<HtmlNode>> _byName = new(StringComparer.Ordinal);

    private readonly HashSet<string> _names;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _classes;

    /// <param name="classes">The classes to index, in an ordinal set (class names in the page are looked up as spans).</param>
    public HtmlPageIndex(HtmlNode root, HashSet<string> classes, HashSet<string> names)
    {
        _names = names;
        _classes = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        Visit(root);
    }

    /// <summary>Recursion, not <see cref="HtmlWalk.Elements(HtmlNode)"/>'s iterator: this is the one walk of every element.</summary>
    private void Visit(HtmlNode parent)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Count; i++)
        {
            var element = children[i];
            if (element.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (_names.Contains(element.Name))
            {
                Add(_byName, element.Name, element);
            }

            if (element.HasAttributes && element.Attributes["class"]?.Value is { Length: > 0 } attribute)
            {
                foreach (var range in attribute.AsSpan().Split(' '))
                {
                    if (_classes.TryGetValue(attribute.AsSpan()[range], out var cssClass))
                    {
                        Add(_byClass, cssClass, element);
                    }
                }
            }

            if (element.HasChildNodes)
            {
                Visit(element);
            }
        }
    }

    public IReadOnlyList<HtmlNode> ByClass(string cssClass) => _byClass.TryGetValue(cssClass, out var list) ? list : [];

    public IReadOnlyList<HtmlNode> ByName(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    public HtmlNode? First(string cssClass) => _byClass.TryGetValue(cssClass, out var list) ? list[0] : null;

    private static void Add(Dictionary<string, List<HtmlNode>> index, string key, HtmlNode element)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(element);
    }
}

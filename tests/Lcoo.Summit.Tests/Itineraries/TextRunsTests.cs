using System.Text;
using Lcoo.Summit.Itineraries;
using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Tests.Itineraries;

/// <summary>
/// Wrapping and ellipsizing measure each character once and walk the widths, against an oracle that measures every
/// prefix (the quadratic way they were done before, which let one 20,000-character title hold a core for minutes).
/// </summary>
public class TextRunsTests
{
    private static readonly TextStyle Style = new(9);

    private static readonly string[] Pieces =
        ["Murano", "OpenStack", "L", "LLLLLLLLLLLLLLLLLLLLLLLL", "中国移动", "김철수", "Zoë", "Müller", "😀", "𝔘𝔫𝔦", "—", "AT&T", "iiiiiiiiiiiiiiii", "WWWWWWWW"];

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var words = random.Next(1, 12);
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(random.Next(8) == 0 ? "  " : " ");
            }

            var parts = random.Next(1, 4);
            for (var p = 0; p < parts; p++)
            {
                sb.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void Wrapping_agrees_with_measuring_every_prefix_on_mixed_scripts_and_widths()
    {
        var random = new Random(20171107);
        for (var i = 0; i < 400; i++)
        {
            var text = RandomText(random);
            var width = random.Next(4, 300);

            Assert.Equal(OracleWrap(text, width), TextRuns.Wrap(text, Style, width));
        }
    }

    [Fact]
    public void Ellipsizing_agrees_with_measuring_every_prefix_on_mixed_scripts_and_widths()
    {
        var random = new Random(20171108);
        for (var i = 0; i < 400; i++)
        {
            var text = RandomText(random);
            var width = random.Next(4, 300);

            Assert.Equal(OracleEllipsize(text, width), TextRuns.Ellipsize(text, Style, width));
        }
    }

    [Fact]
    public void A_20000_character_word_is_cut_into_full_lines_that_together_are_the_word()
    {
        var word = new string('L', 20_000);

        var lines = TextRuns.Wrap(word, Style, 200);

        Assert.Equal(word, string.Concat(lines));
        Assert.All(lines, l => Assert.True(TextRuns.Measure(l, Style) <= 200));
        Assert.All(lines[..^1], l => Assert.True(TextRuns.Measure(l + "L", Style) > 200));
        var cut = TextRuns.Ellipsize(word, Style, 200);
        Assert.EndsWith("L…", cut);
        Assert.True(TextRuns.Measure(cut, Style) <= 200);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 50));

        var lines = TextRuns.Wrap(text, Style, 30);

        Assert.All(lines, l => Assert.False(char.IsHighSurrogate(l[^1]) || char.IsLowSurrogate(l[0]), l));
        Assert.Equal(text, string.Concat(lines));
    }

    private static List<string> OracleWrap(string text, float width)
    {
        var lines = new List<string>();
        var space = TextRuns.Measure(" ", Style);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            var lineWidth = 0f;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = TextRuns.Measure(word, Style);
                if (line.Length > 0 && lineWidth + space + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                var rest = word;
                while (TextRuns.Measure(rest, Style) > width && Runes(rest) > 1)
                {
                    var cut = Runes(rest) - 1;
                    while (cut > 1 && TextRuns.Measure(Take(rest, cut), Style) > width)
                    {
                        cut--;
                    }

                    lines.Add(Take(rest, cut));
                    rest = rest[Take(rest, cut).Length..];
                }

                line.Append(rest);
                lineWidth = TextRuns.Measure(rest, Style);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string OracleEllipsize(string text, float width)
    {
        if (TextRuns.Measure(text, Style) <= width)
        {
            return text;
        }

        var cut = Runes(text);
        while (cut > 0 && TextRuns.Measure(Take(text, cut).TrimEnd() + "…", Style) > width)
        {
            cut--;
        }

        return Take(text, cut).TrimEnd() + "…";
    }

    private static int Runes(string text) => text.EnumerateRunes().Count();

    private static string Take(string text, int runes) => string.Concat(text.EnumerateRunes().Take(runes).Select(r => r.ToString()));
}

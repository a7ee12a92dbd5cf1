namespace Lcoo.Summit.Testing;

/// <summary>Seeded, reproducible mutations of real inputs: what a fuzzer does to bytes, without the fuzzer.</summary>
public static class Mutations
{
    private static readonly byte[] Structural = "{}[]\"'<>&;:,=/\\\0\n"u8.ToArray();
    private static readonly string[] Nasty = ["99999999999999999999", "-1", "null", "NaN", "\"\"", "<script>", "&#0;", "&amp;&lt;", "\uFFFF", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "]]>", "{{{{{{{{{{", "<<<<<<<<"];

    public static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var rounds = random.Next(1, 4);
        for (var r = 0; r < rounds && bytes.Count > 0; r++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(7))
            {
                case 0:
                    for (var i = 0; i < random.Next(1, 12); i++)
                    {
                        bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 400)));
                    break;
                case 2:
                    var span = bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 400)));
                    bytes.InsertRange(random.Next(bytes.Count), span);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.Insert(at, Structural[random.Next(Structural.Length)]);
                    break;
                case 5:
                    bytes.InsertRange(at, System.Text.Encoding.UTF8.GetBytes(Nasty[random.Next(Nasty.Length)]));
                    break;
                default:
                    var junk = new byte[random.Next(1, 64)];
                    random.NextBytes(junk);
                    bytes.InsertRange(at, junk);
                    break;
            }
        }

        return [.. bytes];
    }
}

/// <summary>Inputs that are big in shape rather than in bytes: nesting thousands deep, lists of a million items.</summary>
public static class Shapes
{
    /// <summary>Each (name, bytes) at several depths and widths, shaped like the formats the parsers read.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        foreach (var depth in new[] { 100, 600, 5_000, 30_000, 100_000 })
        {
            yield return ($"json arrays {depth} deep", Utf8("{\"schedule\":{\"conference\":{\"days\":" + Repeat("[", depth) + Repeat("]", depth) + "}}}"));
            yield return ($"json objects {depth} deep", Utf8("{\"schedule\":" + Repeat("{\"a\":", depth) + "1" + Repeat("}", depth) + "}"));
            yield return ($"xml {depth} deep", Utf8("<schedule>" + Repeat("<a>", depth) + Repeat("</a>", depth) + "</schedule>"));
            yield return ($"xml title {depth} deep", Utf8("<schedule><conference><title>" + Repeat("<b>", depth) + Repeat("</b>", depth) + "</title></conference></schedule>"));
            yield return ($"html {depth} deep", Utf8("<html><body><div class=\"speaker_box\">" + Repeat("<div>", depth) + Repeat("</div>", depth) + "</div><i class=\"fa-clock-o\"></i></body></html>"));
            yield return ($"table {depth} deep", Utf8("<html><body><h2>x - Tuesday</h2><table><tr><th>Topic</th><th>Summit Schedule URL</th><th>When</th></tr>" + Repeat("<tr><td>", depth) + "</table></body></html>"));
        }

        yield return ("frab 1,000,000 days", Utf8("{\"schedule\":{\"conference\":{\"title\":\"x\",\"days\":[" + string.Join(",", Enumerable.Repeat("{}", 1_000_000)) + "]}}}"));
        foreach (var width in new[] { 1_000, 100_000 })
        {
            yield return ($"frab {width} events", Utf8("{\"schedule\":{\"conference\":{\"title\":\"x\",\"start\":\"2017-11-06\",\"days\":[{\"rooms\":{\"r\":[" +
                string.Join(",", Enumerable.Repeat("{\"guid\":\"g\",\"date\":\"2017-11-06T10:00:00+11:00\",\"duration\":\"00:30\"}", width)) + "]}}]}}}"));
            yield return ($"openstack {width} events", Utf8("{\"summit\":{\"schedule_event_detail_url\":\"x\",\"start_date\":1509926400,\"time_zone\":\"Australia/Sydney\"},\"events\":[" +
                string.Join(",", Enumerable.Range(0, width).Select(i => $"{{\"id\":{i},\"start_date\":1509926400,\"end_date\":1509928200}}")) + "]}"));
            yield return ($"xml {width} rooms", Utf8("<schedule><conference><title>x</title></conference><day>" + Repeat("<room name=\"r\"/>", width) + "</day></schedule>"));
            yield return ($"table {width} rows", Utf8("<html><body><h2>x - Tuesday</h2><table><tr><th>Topic</th><th>Summit Schedule URL</th><th>When</th></tr>" +
                Repeat("<tr><td>t</td><td>https://x/events/1/t</td><td>10:00-10:30</td></tr>", width) + "</table></body></html>"));
        }
    }

    private static string Repeat(string s, int n) => new System.Text.StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static byte[] Utf8(string s) => System.Text.Encoding.UTF8.GetBytes(s);
}

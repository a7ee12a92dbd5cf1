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

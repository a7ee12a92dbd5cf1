using System.Buffers.Binary;

namespace Lcoo.Summit.Pdf;

/// <summary>
/// A TrueType font cut down to the characters a document draws, with its glyphs renumbered, so a PDF embeds a few
/// kilobytes of each font instead of all of it (DejaVu Sans is 740 KB; Droid Sans Fallback, for CJK, 4 MB). SkiaSharp's
/// PDF backend names embedded fonts as subsets but, in this build, writes them whole.
/// Kept: the outlines of the glyphs used (and of the parts composite glyphs are built from), their metrics, a cmap for
/// the characters, and the tables hinting and naming need. Dropped: layout tables (nothing here shapes text), kerning,
/// device metrics, glyph names, signatures.
/// </summary>
public sealed class FontSubsetter
{
    private static readonly HashSet<string> Copied = ["OS/2", "cvt ", "fpgm", "prep", "gasp", "name"];

    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _cmap;
    private readonly int _glyphCount;
    private readonly int _hMetrics;
    private readonly bool _longLoca;

    public FontSubsetter(byte[] font)
    {
        _font = font;
        var tables = U16(4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            _tables[System.Text.Encoding.ASCII.GetString(font, record, 4)] = ((int)U32(record + 8), (int)U32(record + 12));
        }

        foreach (var needed in new[] { "cmap", "glyf", "loca", "head", "hhea", "hmtx", "maxp" })
        {
            if (!_tables.ContainsKey(needed))
            {
                throw new InvalidDataException($"The font has no '{needed}' table: only TrueType outlines can be subset here.");
            }
        }

        _glyphCount = U16(Table("maxp") + 4);
        _hMetrics = U16(Table("hhea") + 34);
        _longLoca = U16(Table("head") + 50) == 1;
        _cmap = ReadCmap();
    }

    /// <summary>The characters this font draws (code point to glyph).</summary>
    public IReadOnlyDictionary<int, int> Characters => _cmap;

    /// <summary>A font file with only what these code points need; characters the font lacks are ignored.</summary>
    public byte[] Subset(IEnumerable<int> codepoints)
    {
        var wanted = codepoints.Where(_cmap.ContainsKey).Distinct().Order().ToList();
        var glyphs = new SortedSet<int> { 0 };
        foreach (var cp in wanted)
        {
            AddWithComponents(_cmap[cp], glyphs);
        }

        var order = glyphs.ToList();
        var newId = order.Select((old, index) => (old, index)).ToDictionary(x => x.old, x => x.index);

        var (glyf, loca) = Outlines(order, newId);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = Cmap(wanted.Select(cp => (cp, newId[_cmap[cp]])).ToList()),
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["hmtx"] = Metrics(order),
            ["head"] = Patch("head", t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(50), 1)),
            ["hhea"] = Patch("hhea", t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(34), (ushort)order.Count)),
            ["maxp"] = Patch("maxp", t => BinaryPrimitives.WriteUInt16BigEndian(t.AsSpan(4), (ushort)order.Count)),
            ["post"] = Post(),
        };
        foreach (var tag in Copied.Where(_tables.ContainsKey))
        {
            tables[tag] = Bytes(tag);
        }

        return Sfnt(tables);
    }

    private int Table(string tag) => _tables[tag].Offset;

    private byte[] Bytes(string tag) => _font.AsSpan(_tables[tag].Offset, _tables[tag].Length).ToArray();

    private byte[] Patch(string tag, Action<byte[]> change)
    {
        var table = Bytes(tag);
        change(table);
        return table;
    }

    private ushort U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_font.AsSpan(at));

    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_font.AsSpan(at));

    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_font.AsSpan(at));

    private (int Start, int End) GlyphRange(int glyph)
    {
        var loca = Table("loca");
        return _longLoca
            ? ((int)U32(loca + (4 * glyph)), (int)U32(loca + (4 * (glyph + 1))))
            : (U16(loca + (2 * glyph)) * 2, U16(loca + (2 * (glyph + 1))) * 2);
    }

    /// <summary>The glyph and, for a composite, every glyph it is built from (components may be composites too).</summary>
    private void AddWithComponents(int glyph, SortedSet<int> glyphs)
    {
        if (glyph >= _glyphCount || !glyphs.Add(glyph) && glyph != 0)
        {
            return;
        }

        foreach (var (component, _) in Components(glyph))
        {
            AddWithComponents(component, glyphs);
        }
    }

    /// <summary>A composite glyph's components: their glyph ids and where each id sits within the glyph's data.</summary>
    private IEnumerable<(int Glyph, int At)> Components(int glyph)
    {
        var (start, end) = GlyphRange(glyph);
        if (end - start < 10 || S16(Table("glyf") + start) >= 0)
        {
            yield break;
        }

        var at = 10;
        while (true)
        {
            var flags = U16(Table("glyf") + start + at);
            yield return (U16(Table("glyf") + start + at + 2), at + 2);
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2)
                + ((flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0);
            if ((flags & 0x0020) == 0)
            {
                yield break;
            }
        }
    }

    private (byte[] Glyf, byte[] Loca) Outlines(List<int> order, Dictionary<int, int> newId)
    {
        using var glyf = new MemoryStream();
        var loca = new byte[4 * (order.Count + 1)];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)glyf.Length);
            var (start, end) = GlyphRange(order[i]);
            var data = _font.AsSpan(Table("glyf") + start, end - start).ToArray();
            foreach (var (component, at) in Components(order[i]))
            {
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(at), (ushort)newId[component]);
            }

            glyf.Write(data);
            while (glyf.Length % 4 != 0)
            {
                glyf.WriteByte(0);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * order.Count), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }

    private byte[] Metrics(List<int> order)
    {
        var hmtx = Table("hmtx");
        var table = new byte[4 * order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var old = order[i];
            var advance = U16(hmtx + (4 * Math.Min(old, _hMetrics - 1)));
            var bearing = old < _hMetrics ? S16(hmtx + (4 * old) + 2) : S16(hmtx + (4 * _hMetrics) + (2 * (old - _hMetrics)));
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(table.AsSpan((4 * i) + 2), bearing);
        }

        return table;
    }

    /// <summary>post version 3: the same metrics, no glyph names (PDF viewers map text through ToUnicode, not names).</summary>
    private byte[] Post()
    {
        var table = _font.AsSpan(Table("post"), 32).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(table, 0x00030000);
        return table;
    }

    /// <summary>One Windows full-Unicode subtable (format 12): a group per run of consecutive characters and glyphs.</summary>
    private static byte[] Cmap(List<(int Codepoint, int Glyph)> map)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var (cp, glyph) in map)
        {
            if (groups.Count > 0 && groups[^1].End == cp - 1 && groups[^1].Glyph + (cp - groups[^1].Start) == glyph)
            {
                groups[^1] = (groups[^1].Start, cp, groups[^1].Glyph);
            }
            else
            {
                groups.Add((cp, cp, glyph));
            }
        }

        var table = new byte[12 + 16 + (12 * groups.Count)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 10);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], 12);
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[16..], (uint)(16 + (12 * groups.Count)));
        BinaryPrimitives.WriteUInt32BigEndian(span[24..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var at = 28 + (12 * i);
            BinaryPrimitives.WriteUInt32BigEndian(span[at..], (uint)groups[i].Start);
            BinaryPrimitives.WriteUInt32BigEndian(span[(at + 4)..], (uint)groups[i].End);
            BinaryPrimitives.WriteUInt32BigEndian(span[(at + 8)..], (uint)groups[i].Glyph);
        }

        return table;
    }

    /// <summary>Code point to glyph from the best Unicode subtable: format 12 (full Unicode) or else format 4 (the BMP).</summary>
    private Dictionary<int, int> ReadCmap()
    {
        var cmap = Table("cmap");
        var subtables = Enumerable.Range(0, U16(cmap + 2))
            .Select(i => (Platform: U16(cmap + 4 + (8 * i)), Encoding: U16(cmap + 6 + (8 * i)), At: cmap + (int)U32(cmap + 8 + (8 * i))))
            .Where(s => s.Platform == 0 || (s.Platform == 3 && s.Encoding is 1 or 10))
            .ToList();
        var full = subtables.FirstOrDefault(s => U16(s.At) == 12);
        if (full.At != 0)
        {
            return Format12(full.At);
        }

        var bmp = subtables.FirstOrDefault(s => U16(s.At) == 4);
        return bmp.At != 0 ? Format4(bmp.At) : throw new InvalidDataException("The font has no Unicode cmap (format 4 or 12).");
    }

    private Dictionary<int, int> Format12(int at)
    {
        var map = new Dictionary<int, int>();
        var groups = (int)U32(at + 12);
        for (var i = 0; i < groups; i++)
        {
            var group = at + 16 + (12 * i);
            var (start, end, glyph) = ((int)U32(group), (int)U32(group + 4), (int)U32(group + 8));
            for (var cp = start; cp <= end && cp <= 0x10FFFF; cp++)
            {
                map[cp] = glyph + (cp - start);
            }
        }

        return map;
    }

    private Dictionary<int, int> Format4(int at)
    {
        var map = new Dictionary<int, int>();
        var segments = U16(at + 6) / 2;
        var (ends, starts, deltas, offsets) = (at + 14, at + 16 + (2 * segments), at + 16 + (4 * segments), at + 16 + (6 * segments));
        for (var s = 0; s < segments; s++)
        {
            var (start, end, delta, rangeOffset) = (U16(starts + (2 * s)), U16(ends + (2 * s)), S16(deltas + (2 * s)), U16(offsets + (2 * s)));
            for (var cp = start; cp <= end && cp != 0xFFFF; cp++)
            {
                var glyph = rangeOffset == 0 ? (cp + delta) & 0xFFFF : U16(offsets + (2 * s) + rangeOffset + (2 * (cp - start)));
                if (glyph != 0)
                {
                    map[cp] = rangeOffset == 0 ? glyph : (glyph + delta) & 0xFFFF;
                }
            }
        }

        return map;
    }

    /// <summary>The tables as an sfnt file: directory sorted by tag, tables 4-byte aligned, checksums, and head's adjustment.</summary>
    private static byte[] Sfnt(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = (int)Math.Pow(2, Math.Floor(Math.Log2(count)));
        var directory = 12 + (16 * count);
        var size = directory + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[size];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((count * 16) - (power * 16)));
        var offset = directory;
        var headAt = 0;
        var i = 0;
        foreach (var (tag, table) in tables)
        {
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 0);
                headAt = offset;
            }

            var record = 12 + (16 * i++);
            System.Text.Encoding.ASCII.GetBytes(tag, span[record..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)table.Length);
            table.CopyTo(span[offset..]);
            offset += (table.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], 0xB1B0AFBA - Checksum(font));
        return font;
    }

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
        }

        Span<byte> tail = stackalloc byte[4];
        tail.Clear();
        data[whole..].CopyTo(tail);
        return sum + BinaryPrimitives.ReadUInt32BigEndian(tail);
    }
}

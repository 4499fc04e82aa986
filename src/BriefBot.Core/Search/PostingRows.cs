namespace BriefBot.Core.Search;

/// <summary>
/// A term's postings as bytes: for each sentence in order, the gap from the previous one and the term's count there, each
/// written seven bits a byte (the high bit says another byte follows). Most gaps and counts fit one byte, so a posting
/// takes about two bytes instead of eight, and reading a row front to back is as quick as reading two arrays.
/// </summary>
internal static class PostingRows
{
    public static int Size(int value)
    {
        var size = 1;
        while ((uint)value >= 0x80)
        {
            value = (int)((uint)value >> 7);
            size++;
        }

        return size;
    }

    public static void Write(byte[] rows, ref int at, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            rows[at++] = (byte)(v | 0x80);
            v >>= 7;
        }

        rows[at++] = (byte)v;
    }

    public static int Read(byte[] rows, ref int at)
    {
        uint value = rows[at++];
        if (value < 0x80)
        {
            return (int)value;
        }

        value &= 0x7F;
        var shift = 7;
        while (true)
        {
            uint b = rows[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }

            shift += 7;
        }
    }
}

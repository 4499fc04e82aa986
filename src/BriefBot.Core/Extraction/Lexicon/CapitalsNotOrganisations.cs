using System.Collections.Frozen;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>
/// Words written in capitals that are not organisations: ordinary English words shouted for emphasis ("we MUST act"),
/// the jargon of finance and business, roles and places abbreviated ("MP", "HK"), and prefixes of ships' names ("USS", "HMS").
/// </summary>
internal static class CapitalsNotOrganisations
{
    public static readonly FrozenSet<string> Words = new[]
    {
        // ordinary words in capitals for emphasis, in tweets and in web-page widgets
        "JUST", "MUST", "BUT", "NOW", "NEW", "NOT", "NEVER", "ALWAYS", "ONLY", "VERY", "ALL", "ANY", "NO", "YES", "STOP",
        "HELP", "FREE", "GREAT", "BIG", "BEST", "WORST", "TOTAL", "FAKE", "SAD", "WIN", "WON", "LOST", "WATCH", "WATCHED",
        "MORE", "LESS", "MUCH", "MANY", "EVER", "REAL", "TRUE", "FALSE", "WRONG", "RIGHT", "BAD", "GOOD", "HUGE", "FAIR",
        "LAW", "ORDER", "VOTE", "NEWS", "CRASH", "EARTH", "WORLD", "LIVE", "TOP", "HOT", "OUT", "OFF", "UP", "DOWN",
        "WE", "HE", "SHE", "THEY", "YOU", "ME", "MY", "OUR", "ARE", "WAS", "BE", "DO", "DID", "DONE", "CAN", "WILL",
        "SHALL", "IF", "SO", "AS", "AT", "AN", "AGAIN", "THANK", "THANKS", "PLEASE", "SORRY", "WOW", "OMG", "LOL",
        "RE", "FW", "FWD", "PS", "DJ", "MC", "OK", "TBA",

        // finance and business jargon
        "IPO", "IPOs", "ETF", "ETFs", "M&A", "ROI", "EPS", "NAV", "OTC", "YoY", "QoQ", "CAGR", "EBITDA", "ESG", "SPAC",
        "CIO", "CMO", "COO", "CRO", "CSO", "CPI", "PMI", "VAT", "B2B", "B2C", "KPI", "SME", "SMEs", "HQ", "R&D", "EEZ",

        // roles and places abbreviated
        "MP", "MPs", "MEP", "MEPs", "MSP", "DPM", "VP", "AG", "DG", "HK", "NYC", "DC", "LA", "SF",

        // ships' prefixes
        "USS", "HMS", "HMAS", "HMCS", "INS", "RFS", "MV", "SS",
    }.ToFrozenSet(StringComparer.Ordinal);
}

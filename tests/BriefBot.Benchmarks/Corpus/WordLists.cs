namespace BriefBot.Benchmarks.Corpus;

/// <summary>
/// Building blocks for invented names and for the everyday vocabulary of geopolitical analysis.
/// Names are assembled from syllables at run time, so no real person, organisation or publication appears.
/// </summary>
internal static class WordLists
{
    public static readonly string[] Onsets =
    [
        "b", "br", "c", "d", "dr", "f", "g", "gr", "h", "j", "k", "kr", "l", "m", "n", "p", "r", "s", "sk", "st", "t", "tr", "v", "z", "th", "sh",
    ];

    public static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y"];

    public static readonly string[] Codas = ["", "", "", "n", "r", "l", "s", "m", "th", "rn", "nd", "sk", "v", "x"];

    public static readonly string[] StateSuffixes = ["ia", "and", "ora", "esh", "avia", "istan", "ony", "ara", "enia", "ovia"];

    public static readonly string[] StateForms =
    [
        "Republic of", "Federal Republic of", "Kingdom of", "United Provinces of", "Commonwealth of", "Democratic Republic of", "Union of",
    ];

    /// <summary>Real country names are general knowledge and may appear; they mix with the invented states.</summary>
    public static readonly string[] RealCountries =
    [
        "France", "Germany", "Brazil", "Argentina", "Chile", "Peru", "Kenya", "Nigeria", "Ghana", "Egypt", "Morocco", "Turkey", "Greece",
        "Poland", "Norway", "Sweden", "Finland", "Japan", "Vietnam", "Indonesia", "Malaysia", "Australia", "Canada", "Mexico", "Spain",
        "Italy", "Portugal", "Ethiopia", "Senegal", "Mongolia", "Kazakhstan", "Uzbekistan", "Thailand", "Philippines", "Colombia",
    ];

    public static readonly string[] OrgQualifiers =
    [
        "Northern", "Southern", "Eastern", "Western", "Coastal", "Continental", "Littoral", "Highland", "Inland", "Transregional", "Riverine", "Archipelagic",
    ];

    public static readonly string[] OrgDomains =
    [
        "Maritime", "Energy", "Grain", "Trade", "Security", "Monetary", "Water", "Rail", "Cyber", "Fisheries", "Customs", "Development", "Mineral", "Space",
    ];

    public static readonly string[] OrgBodies =
    [
        "Compact", "Council", "Forum", "Pact", "Authority", "Assembly", "Partnership", "Commission", "Alliance", "Directorate", "Bank", "Concord",
    ];

    public static readonly string[] InstituteKinds =
    [
        "Institute of", "School of", "Centre for", "Academy of", "Observatory of", "Foundation for",
    ];

    public static readonly string[] Fields =
    [
        "Strategic Studies", "International Affairs", "Security Policy", "Economic Statecraft", "Regional Studies", "Maritime Affairs",
        "Energy Policy", "Peace Research", "Global Governance", "Frontier Studies",
    ];

    public static readonly string[] ExpertRoles =
    [
        "senior fellow", "professor of international relations", "programme director", "research fellow", "director-general",
        "senior researcher", "associate professor of political economy", "head of the security programme", "visiting scholar",
        "deputy director", "lecturer in strategic studies", "non-resident fellow",
    ];

    public static readonly string[] LeaderOffices =
    [
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Finance Minister", "Chancellor",
    ];

    public static readonly string[] ConceptQualifiers =
    [
        "tidal", "lattice", "quiet", "mirrored", "layered", "braided", "anchored", "porous", "staggered", "hollow", "circular", "drifting",
        "tethered", "residual", "patient", "ambient", "graduated", "orbital", "split", "elastic", "shadow", "rotating", "cascading", "dormant",
    ];

    public static readonly string[] ConceptNouns =
    [
        "deterrence", "hedging", "sovereignty", "alignment", "leverage", "containment", "bargaining", "arbitrage", "encirclement", "dependency",
        "solidarity", "escalation", "convergence", "neutrality", "patronage", "attrition", "integration", "autonomy", "reassurance", "coercion",
    ];

    public static readonly string[] DefinitionHeads =
    [
        "the practice by which", "the habit whereby", "a strategy in which", "the arrangement under which", "the tendency by which",
        "a posture in which", "the process through which",
    ];

    public static readonly string[] DefinitionBodies =
    [
        "a smaller state trades access for protection without committing to either bloc",
        "rival powers compete for influence through infrastructure rather than troops",
        "governments keep several partners at arm's length so that none can dictate terms",
        "a regional power raises the cost of intervention without ever threatening war",
        "trade dependencies are turned quietly into instruments of political pressure",
        "neighbours coordinate their positions before facing a larger partner",
        "a state hides its real commitments behind a series of reversible agreements",
        "alliances are renewed one issue at a time instead of as a whole",
        "economic ties are allowed to deepen while security ties are deliberately kept thin",
        "a declining power lends its credibility to newcomers in exchange for loyalty",
    ];

    public static readonly string[] Nouns =
    [
        "sanctions", "corridor", "pipeline", "port", "summit", "treaty", "election", "border", "tariff", "currency", "grain", "fisheries",
        "refinery", "railway", "investment", "loan", "debt", "reserves", "navy", "garrison", "drills", "exercises", "airspace", "strait",
        "delegation", "embassy", "ministry", "parliament", "coalition", "opposition", "referendum", "ceasefire", "mediation", "talks",
        "negotiations", "agreement", "memorandum", "consortium", "terminal", "satellite", "cable", "network", "lithium", "copper", "gas",
        "oil", "electricity", "grid", "dam", "river", "harbour", "shipping", "insurance", "freight", "exports", "imports", "budget",
        "inflation", "subsidies", "reforms", "protests", "militia", "insurgency", "peacekeepers", "refugees", "migration", "drought",
        "harvest", "fertiliser", "semiconductors", "telecoms", "bandwidth", "shipyards", "frigates", "submarines", "missiles", "drones",
        "radar", "logistics", "supply", "markets", "bonds", "credit", "aid", "vaccines", "hospitals", "universities", "scholarships",
        "broadcasters", "newspapers", "diplomats", "envoys", "ambassadors", "generals", "ministers", "governors", "mayors", "bankers",
    ];

    public static readonly string[] Verbs =
    [
        "signed", "delayed", "rejected", "welcomed", "financed", "blocked", "expanded", "suspended", "renewed", "questioned", "announced",
        "postponed", "defended", "criticised", "approved", "negotiated", "extended", "cancelled", "doubled", "halved", "restored", "audited",
    ];

    public static readonly string[] Adjectives =
    [
        "fragile", "ambitious", "costly", "contested", "unprecedented", "gradual", "quiet", "public", "secret", "regional", "bilateral",
        "multilateral", "strategic", "economic", "military", "diplomatic", "domestic", "foreign", "cautious", "bold", "uneven", "durable",
        "temporary", "symbolic", "practical", "lasting", "sudden", "expected", "unexpected", "limited", "sweeping", "modest",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Publications =
    [
        "Ledger", "Review", "Quarterly", "Dispatch", "Monitor", "Observer", "Bulletin", "Gazette", "Courier", "Digest",
    ];

    public static readonly string[] HeadingWords =
    [
        "The ledger of favours", "Counting the cost", "What changed", "The money trail", "Who gains", "Old rivalries", "A new pattern", "The long game",
        "Risks ahead", "Why it matters", "The regional view", "Unfinished business",
    ];
}

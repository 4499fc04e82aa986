namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>How much use a known term needs before it counts as a concept of the article.</summary>
internal enum TermWeight
{
    /// <summary>Not a known term.</summary>
    None,

    /// <summary>A phrase or distinctive word that is a term of art wherever it is used ("balance of power", "multipolarity").</summary>
    Distinctive,

    /// <summary>A word also used loosely ("sovereignty", "sanctions"): a term only when an article keeps coming back to it.</summary>
    Common,
}

/// <summary>
/// Textbook terms of international relations, security, trade, international law, diplomacy and economics: general
/// knowledge, like the list of countries. Each entry is the term as shown, then after '|' other ways of writing it
/// (-ise spellings also match -ize; hyphens match spaces; the last word also matches with a plural ending).
/// Words that are common in ordinary prose ("trade", "security", "power") are deliberately absent, and so are the
/// journalist's figures of speech ("trade war", "tit-for-tat"), which describe rather than name.
/// </summary>
internal static class TermsOfArt
{
    public static readonly string[] Distinctive =
    [
        // Theory of international relations and the distribution of power
        "balance of power", "balance of threat", "multipolarity", "multipolar world", "multipolar order", "unipolarity", "unipolar moment",
        "hegemony", "regional hegemony", "hegemonic stability", "power transition", "power vacuum",
        "security dilemma", "collective security", "collective defence|collective defense", "sphere of influence|spheres of influence",
        "zone of influence", "near abroad", "buffer state", "buffer zone", "great power competition|great-power competition",
        "great power rivalry|great-power rivalry", "strategic competition", "soft power", "hard power", "smart power", "sharp power",
        "realpolitik", "liberal international order", "rules-based order|rules-based international order", "world order",
        "international order", "post-war order", "strategic autonomy", "strategic ambiguity", "strategic clarity", "strategic patience",
        "strategic stability", "strategic depth", "strategic parity", "strategic partnership", "comprehensive strategic partnership",
        "bandwagoning", "offshore balancing", "soft balancing", "hard balancing", "engagement policy", "détente|detente",
        "rapprochement", "appeasement", "isolationism", "interventionism", "unilateralism", "multilateralism", "bilateralism",
        "minilateralism", "non-alignment", "non-interference", "non-intervention", "irredentism", "revanchism", "expansionism",
        "neocolonialism|neo-colonialism", "neo-imperialism", "realism", "neorealism", "liberal internationalism", "constructivism",
        "geoeconomics", "finlandisation", "balkanisation", "securitisation", "Thucydides Trap", "security guarantee",
        "security guarantees", "security architecture", "regional order", "middle power", "middle powers", "swing state",
        "pivot state", "rising power", "status quo power", "revisionist power", "superpower rivalry", "New Cold War", "cold war mentality",
        "zero-sum game", "win-win cooperation", "peaceful coexistence", "peaceful rise", "peaceful development",
        "authoritarianism", "totalitarianism", "liberal democracy", "illiberal democracy", "democratic backsliding", "rogue state",
        "failed state", "pariah state", "client state", "vassal state", "puppet state", "satellite state", "regime change",
        "regime survival", "colour revolution|color revolution", "people power", "transition of power", "peaceful transition of power",
        "state capture", "personality cult|cult of personality", "rule by law",

        // Security, war and arms
        "deterrence", "nuclear deterrence", "extended deterrence", "integrated deterrence", "deterrence by denial", "deterrence by punishment",
        "mutually assured destruction", "mutual assured destruction", "second-strike capability", "first strike", "first-strike capability",
        "no first use|no-first-use", "nuclear umbrella", "nuclear triad", "nuclear posture", "nuclear brinkmanship", "brinkmanship",
        "nuclear proliferation", "non-proliferation|nonproliferation", "nuclear non-proliferation", "counter-proliferation",
        "denuclearisation", "disarmament", "nuclear disarmament", "arms control", "arms race", "arms embargo", "arms sales",
        "escalation ladder", "escalation dominance", "de-escalation", "red line|red lines", "fait accompli", "salami slicing|salami-slicing",
        "anti-access", "area denial", "anti-access/area denial", "power projection", "forward presence", "force posture",
        "freedom of navigation", "freedom of navigation operation|freedom of navigation operations|fonop", "innocent passage",
        "exclusive economic zone", "territorial waters", "territorial sea", "continental shelf", "nine-dash line", "air defence identification zone|air defense identification zone",
        "no-fly zone", "demilitarised zone|demilitarized zone", "militarisation", "demilitarisation", "remilitarisation",
        "proxy war", "proxy warfare", "proxy conflict", "hybrid warfare", "hybrid war", "grey-zone tactics|gray-zone tactics",
        "grey-zone warfare|gray-zone warfare", "information warfare", "cognitive warfare", "cyber warfare|cyberwarfare", "cyber espionage",
        "asymmetric warfare", "guerrilla warfare", "irregular warfare", "lawfare", "counterterrorism|counter-terrorism",
        "counterinsurgency|counter-insurgency", "violent extremism", "radicalisation", "deradicalisation",
        "war of attrition", "total war", "limited war", "preventive war", "pre-emptive strike|preemptive strike", "targeted killing",
        "humanitarian intervention", "responsibility to protect", "collective punishment", "human shields", "ethnic cleansing",
        "genocide", "crimes against humanity", "war crimes", "crime of aggression", "atrocity crimes", "mass atrocities",
        "mass internment", "forced labour|forced labor", "re-education camps", "mass surveillance", "enforced disappearances",
        "extrajudicial killings", "peace enforcement", "peacebuilding", "post-conflict reconstruction", "state-building",
        "nation-building", "ceasefire agreement", "peace process", "two-state solution", "one-state solution", "land for peace",
        "right of return", "military junta", "martial law", "state of emergency", "military coup", "coup d'état|coup d'etat",
        "civilian control of the military", "security sector reform", "disinformation campaign", "foreign interference",
        "election interference", "influence operations", "united front work",

        // International law, sovereignty and statehood
        "self-determination", "territorial integrity", "sovereign equality", "statehood", "secessionism", "separatism", "reunification",
        "One China policy|one-China policy", "One China principle|one-China principle",
        "one country, two systems|one country two systems", "cross-strait relations", "status quo", "international law",
        "international humanitarian law", "customary international law", "law of the sea", "law of armed conflict", "rule of law",
        "universal jurisdiction", "extraterritoriality", "extraterritorial jurisdiction", "sovereign immunity", "diplomatic immunity",
        "state immunity", "human rights", "human rights abuses|human rights violations", "civil liberties", "press freedom",
        "freedom of expression", "freedom of speech", "freedom of assembly", "freedom of religion", "religious freedom",
        "rule-based order", "international norms", "legal personality", "principle of non-refoulement|non-refoulement",
        "right to self-defence|right to self-defense", "self-defence", "due process", "habeas corpus", "judicial independence",
        "separation of powers", "checks and balances",

        // Diplomacy
        "normalisation|normalise relations|normalised relations|normalising relations|normalise ties|normalised ties|normalising ties|normalisation of relations|normalisation of ties",
        "diplomatic recognition", "confidence-building measures", "code of conduct", "memorandum of understanding",
        "shuttle diplomacy", "gunboat diplomacy", "chequebook diplomacy|checkbook diplomacy", "debt-trap diplomacy", "debt trap",
        "wolf warrior diplomacy|wolf-warrior diplomacy", "vaccine diplomacy", "mask diplomacy", "panda diplomacy", "ping-pong diplomacy",
        "public diplomacy", "track two diplomacy|track-two diplomacy|track 2 diplomacy", "back-channel diplomacy", "coercive diplomacy",
        "preventive diplomacy", "quiet diplomacy", "summit diplomacy", "megaphone diplomacy", "hostage diplomacy", "economic statecraft",
        "economic coercion", "weaponised interdependence", "complex interdependence", "good offices", "people-to-people exchanges",
        "strategic dialogue", "loss of face", "moral high ground", "persona non grata",

        // Trade, economics and finance
        "free trade agreement|free-trade agreement|free trade deal|free-trade deal", "free trade area", "customs union", "single market",
        "common market", "level playing field", "state aid", "most favoured nation|most-favoured nation|most favored nation",
        "rules of origin", "non-tariff barriers", "tariff barriers", "trade deficit", "trade surplus",
        "trade imbalance", "protectionism", "mercantilism", "import substitution", "export controls", "entity list", "anti-dumping",
        "anti-dumping duties", "countervailing duties", "safeguard measures", "WTO rules", "WTO terms", "dispute settlement",
        "decoupling", "de-risking", "deglobalisation", "reshoring", "nearshoring", "friend-shoring|friendshoring", "onshoring",
        "supply chain resilience", "economic nationalism", "resource nationalism", "industrial policy", "forced technology transfer",
        "intellectual property theft", "currency manipulation", "currency manipulator", "quantitative easing", "fiscal stimulus", "austerity",
        "sovereign debt", "debt restructuring", "debt relief", "sovereign default", "capital controls", "capital flight", "dollarisation",
        "de-dollarisation", "reserve currency", "current account deficit", "balance of payments", "stagflation", "hyperinflation",
        "economic sanctions", "secondary sanctions", "targeted sanctions", "smart sanctions", "sanctions regime", "asset freeze",
        "oil embargo", "trade embargo", "delisting|delisted", "money laundering", "anti-money laundering", "self-sufficiency", "food security",
        "energy security", "water security", "energy independence", "energy transition", "carbon neutrality",
        "net zero", "climate change", "climate finance", "loss and damage", "carbon border tax", "just transition", "middle-income trap",
        "demographic dividend", "state capitalism", "crony capitalism", "market economy", "market economy status", "planned economy",
        "dual circulation", "common prosperity", "transition period", "withdrawal agreement", "divorce deal", "divorce bill",
        "backstop", "hard border", "no-deal|no-deal Brexit|no-deal scenario", "hard Brexit", "soft Brexit", "common fisheries policy",
        "freedom of movement", "free movement", "economic integration", "regional integration", "ever closer union",
        "economic interdependence", "globalisation", "economies of scale", "comparative advantage", "value chains|global value chains",
        "technology transfer", "debt ceiling", "sovereign wealth fund",
    ];

    /// <summary>Words that are terms when an article argues with them, and plain words when it only mentions them.</summary>
    public static readonly string[] Common =
    [
        "sovereignty", "sanctions", "democracy", "nationalism", "populism", "neutrality", "interdependence", "imperialism",
        "colonialism", "annexation", "secession", "superpower", "escalation", "extradition", "disinformation", "autocracy",
        "dictatorship", "embargo", "federalism", "authoritarian rule", "jurisdiction", "insurgency", "peacekeeping", "containment",
    ];
}

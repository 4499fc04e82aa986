using System.Collections.Frozen;

namespace BriefBot.Core.Extraction.Lexicon;

/// <summary>General word lists: role nouns, political offices, organisation head-words, honorifics, given names.</summary>
internal static class Words
{
    private static FrozenSet<string> Set(params string[] items) => items.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns that end a professional role phrase: "senior research fellow", "program director".</summary>
    public static readonly FrozenSet<string> RoleNouns = Set(
        "fellow", "researcher", "research", "director", "director-general", "professor", "lecturer", "analyst", "economist",
        "journalist", "scholar", "expert", "specialist", "editor", "editor-in-chief", "correspondent", "columnist",
        "commentator", "writer", "author", "reporter", "historian", "scientist", "sociologist", "anthropologist",
        "political scientist", "geographer", "demographer", "lawyer", "jurist", "adviser", "advisor", "consultant",
        "strategist", "head", "chief", "chair", "chairman", "chairwoman", "chairperson", "president", "vice-president",
        "dean", "rector", "provost", "founder", "co-founder", "cofounder", "associate", "partner", "officer", "manager",
        "coordinator", "coordinator", "deputy", "member", "principal", "investigator", "student", "candidate", "academic",
        "observer", "diplomat", "ambassador", "envoy", "representative", "secretary", "secretary-general", "minister",
        "undersecretary", "spokesman", "spokeswoman", "spokesperson", "negotiator", "mediator", "engineer", "geologist",
        "physicist", "economist", "banker", "trader", "investor", "executive", "ceo", "founder", "activist", "campaigner",
        "organiser", "organizer", "leader", "commander", "general", "colonel", "officer", "veteran", "lecturer", "tutor",
        "teacher", "instructor", "curator", "librarian", "archivist", "biographer", "philosopher", "theorist",
        "practitioner", "specialist", "authority", "hand", "watcher", "pundit", "blogger", "podcaster", "broadcaster",
        "host", "producer", "publisher", "translator", "emeritus", "docent", "postdoc", "post-doc", "assistant",
        "official", "ruler", "counsel", "barrister", "solicitor", "physician", "prosecutor", "attorney", "judge", "counterpart", "aide", "planner", "spokesperson",

        // offices of state and military ranks, in lower case as running text writes them ("legislator Jane Doe", "a retired navy captain")
        "premier", "chancellor", "governor", "senator", "congressman", "congresswoman", "mayor", "lawmaker", "legislator",
        "parliamentarian", "commissioner", "monarch", "emir", "sultan", "strongman", "captain", "admiral", "vice-admiral",
        "rear-admiral", "lieutenant", "sergeant", "brigadier", "commodore", "marshal");

    /// <summary>Words that, written before a name, put the person in political office (an actor, not an expert).</summary>
    public static readonly FrozenSet<string> OfficeWords = Set(
        "President", "Vice-President", "Premier", "Minister", "Chancellor", "King", "Queen", "Emir", "Amir", "Sultan",
        "Sheikh", "Shaikh", "Prince", "Princess", "Crown Prince", "Monarch", "Emperor", "Empress", "Tsar", "Shah",
        "Ayatollah", "Governor", "Senator", "Congressman", "Congresswoman", "Mayor", "Ambassador",
        "Secretary", "Secretary-General", "Taoiseach", "Speaker", "MP", "Vizier", "Supreme Leader", "Grand Duke", "Duke", "Pope", "Dalai Lama", "Consul",
        "Envoy", "Foreign Secretary", "Home Secretary", "Defence Secretary", "Defense Secretary", "Attorney General");

    /// <summary>Political offices as role phrases ("the foreign minister of Oman").</summary>
    public static readonly FrozenSet<string> PoliticalRoleNouns = Set(
        "president", "vice-president", "premier", "minister", "chancellor", "king", "queen", "emir", "amir", "sultan",
        "prince", "crown prince", "monarch", "emperor", "shah", "ayatollah", "governor", "senator", "congressman",
        "congresswoman", "mayor", "ambassador", "secretary of state", "taoiseach", "head of state", "head of government",
        "foreign secretary", "mp", "lawmaker", "legislator", "parliamentarian", "envoy", "supreme leader",
        "prime minister", "foreign minister", "defence minister", "defense minister", "energy minister", "finance minister",
        "interior minister", "commissioner", "presidential candidate", "presidential nominee", "running mate", "party leader", "opposition leader", "junta leader",
        "coup leader", "majority leader", "minority leader", "speaker", "house speaker", "ruler", "strongman");

    /// <summary>Head-words of organisation names: "Harbour Club", "Institute of ...", "Arctic Cooperation Council".</summary>
    public static readonly FrozenSet<string> OrgHeads = Set(
        "Club", "Council", "Institute", "Institution", "Organization", "Organisation", "Foundation", "Corporation",
        "Corridor", "Initiative", "Movement", "Union", "Nations", "University", "College", "School", "Academy", "Agency",
        "Bank", "Fund", "Forum", "Bloc", "Alliance", "Association", "Center", "Centre", "Committee", "Commission",
        "Company", "Group", "Party", "Ministry", "Department", "Office", "Observatory", "Society", "Assembly",
        "Parliament", "Congress", "Senate", "Court", "Tribunal", "Authority", "Service", "Army", "Navy", "Command",
        "Programme", "Program", "Pact", "Community", "Federation", "League", "Coalition", "Front", "Secretariat",
        "Cartel", "Conference", "Board", "Bureau", "Network", "Consortium", "Partnership", "Treaty", "Organisation",
        "Inc", "Ltd", "LLC", "PLC", "Holdings", "Trust", "Times", "Post", "Journal", "Herald", "Gazette", "Tribune",
        "News", "Press", "Television", "Radio", "Broadcasting", "Observer", "Monitor", "Review", "Quarterly", "Institut",
        "Laboratory", "Lab", "Council", "Senate", "Duma", "Knesset", "Majlis", "Cabinet", "Guard", "Forces", "Police",
        "Exchange", "Railways", "Airlines", "Petroleum", "Energy", "Oil", "Gas", "Mining", "Telecom", "Brigade", "Brigades",
        "Militia", "Commission", "Directorate", "Inspectorate", "Initiative", "Summit", "Dialogue", "Quad", "Caucus");

    /// <summary>Lower-case nouns that make an apposition name an organisation: "Mercosur, the trade bloc that ...".</summary>
    public static readonly FrozenSet<string> OrgNouns = Set(
        "bloc", "company", "firm", "group", "alliance", "organisation", "organization", "agency", "party", "movement",
        "militia", "bank", "fund", "council", "union", "think tank", "think-tank", "institute", "outlet", "newspaper",
        "broadcaster", "corporation", "conglomerate", "cartel", "coalition", "club", "consortium", "federation",
        "association", "body", "forum", "ministry", "regulator", "producer", "university", "network", "channel",
        "daily", "weekly", "magazine", "journal", "website", "platform", "foundation", "charity", "ngo", "commission",
        "court", "parliament", "assembly", "league", "pact", "grouping", "consultancy", "exporter", "operator",
        "monopoly", "giant", "insurgency", "faction", "administration", "government", "exchange", "airline");

    /// <summary>Honorifics that may precede a name and are not part of it.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Fr",
        "Father", "Sister", "Brother", "Imam", "Rabbi", "Mme", "Mlle", "Herr", "Frau", "Señor", "Señora", "Don", "Doña");

    /// <summary>Capitalised words that begin sentences or headings and never begin a name.</summary>
    public static readonly FrozenSet<string> NeverNameStart = Set(
        "The", "A", "An", "This", "That", "These", "Those", "Its", "It", "His", "Her", "Their", "Our", "My", "Your", "We",
        "They", "He", "She", "I", "You", "However", "Critics", "Few", "Many", "Most", "Some", "Several", "Both", "Each",
        "Every", "All", "Any", "No", "None", "Neither", "Either", "Other", "Others", "Another", "Such", "Much", "More",
        "Less", "Although", "Though", "While", "Whereas", "When", "Where", "Why", "How", "What", "Which", "Who", "Whom",
        "If", "Unless", "Because", "Since", "As", "After", "Before", "During", "Despite", "Between", "Among", "Amid",
        "Under", "Over", "Above", "Below", "Into", "From", "For", "With", "Without", "Within", "Against", "Towards",
        "Toward", "Through", "Across", "Beyond", "Upon", "On", "In", "At", "By", "Of", "To", "And", "Or", "But", "Nor",
        "Yet", "So", "Then", "Thus", "Hence", "Therefore", "Meanwhile", "Moreover", "Furthermore", "Nevertheless",
        "Nonetheless", "Still", "Indeed", "Instead", "Also", "Even", "Only", "Just", "Perhaps", "Maybe", "Here", "There",
        "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "First", "Second", "Third", "Finally", "Ultimately",
        "Interestingly", "Importantly", "Notably", "Clearly", "Evidently", "Arguably", "Crucially", "Similarly",
        "Likewise", "Conversely", "Seeing",
        "Given", "Having", "Being", "Related", "Further", "Reading", "Read", "See", "Note", "Notes", "Sources", "Source",
        "According", "Like", "Unlike", "Whether", "Once", "Until", "Till", "Almost", "About", "Around", "Whatever",
        "Whoever", "Wherever", "Yes", "Not", "Nothing", "Everything", "Something", "Anything", "Everyone", "Someone",
        "Anyone", "Nobody", "Somebody", "Everybody", "Ours", "Theirs", "Hers", "Mine", "Let", "Take", "Consider",
        "Imagine", "Disclaimer", "Update", "Editor", "Origins", "Background", "Conclusion",
        "Introduction", "Summary", "Abstract", "Analysis", "Outlook", "Lessons", "Implications", "Prospects", "Western",
        "Eastern", "Northern", "Southern", "Global", "International", "Regional", "National", "Local", "Foreign",
        "Domestic", "Great", "Old", "New", "Big", "Small", "Official", "Officials", "Experts", "Analysts", "Observers",
        "Supporters", "Opponents", "Residents", "Leaders", "Diplomats", "Investors", "Scholars", "Researchers",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>All-capital words that are not organisations.</summary>
    public static readonly FrozenSet<string> NotAcronyms = Set(
        "COVID", "SARS", "HIV", "AIDS", "GDP", "GNP", "GNI", "PPP", "CEO", "CFO", "CTO", "COO", "PhD", "MA", "BA", "MSc",
        "BSc", "AI", "IT", "TV", "PR", "OK", "AM", "PM", "UTC", "GMT", "BC", "AD", "CE", "BCE", "USD", "EUR", "GBP", "JPY",
        "CNY", "RMB", "LNG", "LPG", "CO", "CO2", "EV", "EVs", "FDI", "NB", "PS", "FAQ", "DIY", "ASAP", "FYI", "NOTE",
        "NOTES", "UPDATE", "READ", "MORE", "ALSO", "SEE", "AND", "THE", "FOR", "OF", "IN", "ON", "TO", "BY", "OR", "NOT",
        "WMD", "ICBM", "GPS", "VIP", "ID", "PDF", "URL", "HTML", "RSS", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI",
        "XII", "XX", "XXI", "KM", "MW", "GW", "TWh", "BPD", "BBL", "OPINION", "ANALYSIS", "NEWS", "FEATURE", "EXCLUSIVE",
        "BREAKING", "WATCH", "LIVE", "VIDEO", "PHOTO", "PHOTOS", "Q", "A", "I", "DISCLAIMER", "WARNING", "END", "TBD", "NA");

    /// <summary>Common given names from many cultures: a capitalised word pair starting with one is a person.</summary>
    public static readonly FrozenSet<string> GivenNames = Set([
        // English and European
        "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexandra", "Alice", "Alison", "Amanda", "Amy",
        "Andrea", "Angela", "Anna", "Anne", "Anthony", "Antonio", "Arthur", "Barbara", "Benjamin", "Bernard",
        "Brian", "Bruce", "Carl", "Carlos", "Caroline", "Catherine", "Charles", "Charlotte", "Christian", "Christina",
        "Christine", "Christopher", "Claire", "Claudia", "Daniel", "Dennis", "Diana", "Dorothy",
        "Edward", "Elena", "Elizabeth", "Emily", "Emma", "Eric", "Eva", "Frank", "Frederick", "Gabriel", "Gary", "George",
        "Gerald", "Graham", "Gregory", "Hannah", "Harold", "Harry", "Helen", "Henry", "Hugh", "Ian", "Isabel", "Jack",
        "Jacob", "James", "Jane", "Janet", "Jason", "Jean", "Jeffrey", "Jennifer", "Jessica", "Joan", "John", "Jonathan",
        "Joseph", "Joshua", "Julia", "Julian", "Karen", "Kate", "Katherine", "Kenneth", "Kevin", "Laura", "Lawrence",
        "Linda", "Lisa", "Louis", "Louise", "Lucy", "Margaret", "Maria", "Marie", "Mark", "Martin", "Mary", "Matthew",
        "Michael", "Michelle", "Nancy", "Nathan", "Nicholas", "Nicola", "Oliver", "Patricia", "Patrick", "Paul", "Peter",
        "Philip", "Rachel", "Raymond", "Rebecca", "Richard", "Robert", "Roger", "Ronald", "Rose", "Ruth", "Samuel",
        "Sarah", "Scott", "Simon", "Sophie", "Stephen", "Steven", "Susan", "Thomas", "Timothy", "Victoria", "William",
        "Hans", "Klaus", "Jürgen", "Wolfgang", "Angela", "Olaf", "Friedrich", "Heinrich", "Stefan", "Markus", "Ursula",
        "Pierre", "Jacques", "François", "Emmanuel", "Nicolas", "Sébastien", "Juan", "José", "Luis", "Miguel",
        "Javier", "Pedro", "Pablo", "Jorge", "Alejandro", "Fernando", "Manuel", "Diego", "Sofía", "Carmen", "Isabella", "Gabriela", "Ana", "Andrés", "Ricardo", "Eduardo", "Roberto", "Sergio", "Marco",
        "Giuseppe", "Giovanni", "Francesco", "Matteo", "Luca", "Giorgia", "Mario", "Paolo", "João", "Lula", "Jair",
        "Piotr", "Tomasz", "Krzysztof", "Andrzej", "Jan", "Lars", "Erik", "Sven", "Ingrid", "Sigrid", "Nils", "Mette",
        "Jens", "Henrik", "Niels", "Pekka", "Sanna", "Viktor", "Zoltán", "Ivan", "Dmitry", "Dmitri",
        "Vladimir", "Andrei", "Mikhail", "Nikolai", "Yuri", "Boris", "Pavel", "Igor", "Anatoly", "Yevgeny", "Evgeny", "Maxim", "Maria", "Olga", "Tatiana", "Natalia",
        "Svetlana", "Irina", "Ekaterina", "Volodymyr", "Petro", "Oleksandr", "Yulia", "Viktoria", "Aleksandar",
        "Nikola", "Milan", "Dragan", "Goran", "Recep", "Mehmet", "Ahmet", "Mustafa", "Emine", "Kemal", "Ali", "Ahmed",
        "Ahmad", "Mohammed", "Mohammad", "Muhammad", "Mohamed", "Hassan", "Hussein", "Hussain", "Omar", "Umar",
        "Abdullah", "Abdul", "Ibrahim", "Khaled", "Yusuf", "Youssef", "Fatima", "Aisha", "Layla",
        "Leila", "Nadia", "Samir", "Karim", "Tariq", "Faisal", "Salman", "Tamim", "Hamad", "Mansour", "Nasser",
        "Walid", "Rashid", "Saeed", "Said", "Hamid", "Javad", "Ebrahim", "Hassan", "Mahmoud", "Reza", "Mohsen", "Ali",
        "Benjamin", "Yair", "Naftali", "Avi", "Moshe", "Yitzhak", "Nawaz", "Shehbaz", "Asif", "Bilal",
        "Zulfikar", "Benazir", "Maryam", "Narendra", "Rahul", "Sonia", "Manmohan", "Subrahmanyam", "Jaishankar",
        "Amit", "Raj", "Rajesh", "Sanjay", "Arjun", "Vikram", "Priya", "Anil", "Sunil", "Ashok", "Harsh", "Shashi",
        "Sheikh", "Sheikh", "Mahinda", "Gotabaya", "Ranil", "Xi", "Li", "Wang", "Hu", "Deng", "Mao", "Zhou", "Jiang",
        "Wei", "Ming", "Hua", "Chen", "Yang", "Liu", "Zhang", "Lin", "Tsai", "Lai", "Takeshi", "Shinzo",
        "Fumio", "Yoshihide", "Kenji", "Yuki", "Haruki", "Akira", "Taro", "Yoko", "Keiko", "Kim", "Moon", "Park",
        "Yoon", "Lee", "Jae", "Min", "Hun", "Joko", "Prabowo", "Anwar", "Mahathir", "Rodrigo",
        "Ferdinand", "Thaksin", "Prayut", "Aung", "Min", "Sheikh", "Hasina", "Amadou", "Mamadou", "Ibrahima",
        "Moussa", "Abdoulaye", "Ousmane", "Aminata", "Fatou", "Kwame", "Kofi", "Nana", "Ama", "Akua", "Chinua",
        "Chidi", "Ngozi", "Olusegun", "Bola", "Muhammadu", "Goodluck", "Uhuru", "William", "Raila", "Jomo", "Paul",
        "Yoweri", "Abiy", "Cyril", "Jacob", "Thabo", "Nelson", "Emmerson", "Robert", "Samia", "John", "Julius",
        "Félix", "Denis", "Macky", "Bassirou", "Alassane", "Assimi", "Mahamat", "Idriss", "Abdel", "Fattah", "Kais",
        "Abdelmadjid", "Mohammed", "Emeka", "Tunde", "Adebayo", "Chiamaka", "Oluwaseun",
        "Valentina", "Camila", "Martina", "Daniela", "Catalina", "Sebastián", "Nicolás",
        "Gustavo", "Gabriel", "Javier", "Cristina", "Dilma", "Evo", "Luis", "Andrés", "Claudia", "Nayib", "Xiomara",
        "Hugo", "Fidel", "Raúl", "Miguel", "Daniel", "Rafael", "Lenín", "Dina", "Pedro", "Alberto", "Mauricio",
        "Justin", "Pierre", "Stephen", "Joe", "Kamala", "Barack", "Hillary", "Antony", "Jake", "Lloyd", "Rex", "Mike",
        "Condoleezza", "Madeleine", "Henry", "Zbigniew", "Jeane", "Samantha", "Rishi", "Keir", "Boris", "Theresa",
        "Liz", "Tony", "Gordon", "Margaret", "Jacinda", "Chris", "Anthony", "Scott", "Malcolm", "Kevin", "Julie",
        .. CommonGivenNames.All]);
}

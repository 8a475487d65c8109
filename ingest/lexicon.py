"""Word lists that carry graphkit's domain knowledge about how news names things.

They are stated as general English usage (head nouns of agency names, titles
of office, nouns that refer back to a firm), never as phrases from a
particular article.
"""

from __future__ import annotations

# Head words that type an unknown capitalised name (the last word decides).
POLICY_HEADS = {
    "act", "acts", "order", "rule", "rules", "regulation", "regulations", "plan", "strategy", "declaration",
    "process", "framework", "programme", "program", "initiative", "directive", "bill", "law", "agreement",
    "accord", "deal", "convention", "principles", "code", "charter", "treaty", "statement", "mission", "guidelines",
    "standard", "standards", "policy", "doctrine", "compact", "commitments", "blueprint", "roadmap", "zones",
    "controls", "sanctions", "list", "measures", "provisions", "memorandum", "partnership agreement",
    "challenge", "scheme", "pilot", "pact", "package", "project", "vision", "corridor",
}
AGENCY_HEADS = {
    "department", "ministry", "agency", "bureau", "office", "commission", "administration", "authority",
    "regulator", "directorate", "committee", "parliament", "senate", "congress", "court", "treasury", "assembly",
    "secretariat", "cabinet", "inspectorate", "ombudsman", "service", "services", "command", "police", "unit", "embassy",
    "force", "forces", "taskforce", "hub", "delegation", "cell",
}
# A state's missions abroad ("the EU Delegation in Beijing", "the US Embassy in Tokyo"): its own bodies, sitting in a city.
MISSION_NOUNS = frozenset({"delegation", "embassy", "consulate", "mission"})
ORGANIZATION_HEADS = {
    "university", "college", "institute", "institution", "foundation", "forum", "association", "alliance",
    "society", "centre", "center", "council", "network", "coalition", "consortium", "organisation",
    "organization", "union", "board", "academy", "school", "federation", "observatory", "panel", "club", "group",
    "think tank", "trust", "lab", "laboratory", "laboratories", "team",
}
EVENT_HEADS = {"summit", "conference", "meeting", "hearing", "dialogue", "expo", "symposium", "talks", "week", "games", "olympics", "war",
               "session", "festival"}
FIRM_HEADS = {
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "llc", "plc", "ag", "gmbh", "s.a.", "co", "co.", "limited",
    "company", "technologies", "technology", "labs", "systems", "holdings", "capital", "ventures", "partners",
    "semiconductor", "semiconductors", "electronics", "robotics", "networks", "software", "motors", "ai", "fund",
    "memory",  # "Elpida Memory", "Yangtze Memory"
    "exchange",  # "Taiwan Stock Exchange", "London Stock Exchange": exchanges are companies
}
# Singular nouns for a company: before an unknown name ("the startup Kestrel Robotics", "chipmaker Sophgo") and
# as the predicate of a copula ("SMIC is a Chinese foundry company").
FIRM_NOUNS = frozenset({"company", "firm", "startup", "start-up", "chipmaker", "foundry", "maker", "manufacturer",
                        "developer", "provider", "lab", "conglomerate", "giant", "corporation", "unicorn", "venture",
                        "newspaper", "magazine", "broadcaster", "publisher"})
# Words of an industry: a "… Group" or "… Holdings" whose name has one is a company, not an association.
INDUSTRY_WORDS = {
    "telecom", "telecommunications", "semiconductor", "semiconductors", "electronics", "technology", "technologies",
    "tech", "motors", "energy", "steel", "chemical", "chemicals", "pharmaceutical", "media", "bank", "financial",
    "investment", "capital", "microelectronics", "automotive", "aerospace", "shipbuilding", "internet", "mobile",
}
# Agencies whose name marks them as part of government even when "institute" would suggest otherwise.
AGENCY_HINTS = {"national", "federal", "state", "ministry", "government", "safety", "security", "standards", "defence", "defense",
                "presidential"}

# Capitalised words the statistical NER tends to mistake for names in this domain.
GENERIC_CAPS = {
    "AI", "AGI", "ASI", "LLM", "LLMs", "GPU", "GPUs", "CPU", "CPUs", "ML", "IT", "ICT", "R&D", "CEO", "CTO", "CFO",
    "DRAM", "NAND", "HBM", "SRAM", "ASIC", "ASICs", "FPGA", "FPGAs", "NPU", "NPUs", "EUV", "DUV", "SME",
    "MOU", "MoU", "MOUs", "PMT", "IFR", "NPRM", "ANPRM", "EO", "E.O.", "RFC", "States", "Member States", "Federal Register", "Entity Listed",
    "IPO", "GDP", "API", "APIs", "Chair", "Prime Minister", "President", "Minister", "Secretary", "Today",
    "Generative AI", "Artificial Intelligence", "Internet", "Cloud", "Big Tech", "Tech", "Chip", "Chips",
    "Government", "State", "Act", "Order", "Plan", "Summit", "Declaration", "Federal Government", "Memorandum of Understanding", "Executive Order", "Final Rule", "Interim Final Rule", "Administration",
    "People", "Business", "National Laboratories", "National Labs",
}

# Nouns that a demonym modifies when it stands for the state as an actor ("British firms", "Chinese officials").
ACTOR_NOUNS = {
    "government", "governments", "official", "officials", "regulator", "regulators", "authorities", "minister",
    "ministers", "lawmakers", "legislators", "firm", "firms", "company", "companies", "startup", "startups",
    "start-ups", "lab", "labs", "rival", "rivals", "champion", "champions", "giant", "giants", "chipmaker",
    "chipmakers", "military", "army", "navy", "forces", "delegation", "diplomats", "counterpart", "counterparts", "state",
    "ministry", "ministries", "embassy",
    "leader", "leaders", "president", "prime", "administration", "business", "businesses", "industry", "developers",
    "peers", "competitors", "tech", "technology", "ai", "semiconductor", "entities", "customers", "buyers",
    "conglomerate", "conglomerates", "maker", "makers", "manufacturer", "manufacturers",
    "corporation", "corporations", "multinational", "multinationals", "foundry", "foundries", "unicorn", "unicorns",
    "venture", "ventures", "partner", "partners", "ally", "allies",
}

# Titles that make their holder a founder, and nouns for leading ("under the leadership of X").
FOUNDER_TITLES = {"founder", "co-founder", "cofounder", "co founder"}
LEADERSHIP_NOUNS = {"leadership", "helm", "direction", "chairmanship", "stewardship", "presidency", "premiership"}

# Courtesy titles between an office and a name ("Chief Information Officer Dr. Kelly Fletcher").
HONORIFICS = frozenset({"Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Prof.", "Professor", "Sir", "Dame", "H.E.", "Hon."})
# The words of a British or Commonwealth style before a name ("The Rt. Honourable", "the Right Hon.").
STYLE_WORDS = frozenset({"Right", "Rt", "Rt.", "Honourable", "Honorable", "Hon", "Hon."})

# Fields of technology: capitalised in lists of cooperation areas ("High Performance Computing (HPC) and Quantum
# technology, Beyond 5G and 6G"), where NER takes them for people or companies; a field is no actor.
TECHNOLOGY_FIELDS = frozenset({
    "artificial intelligence", "high performance computing", "high-performance computing", "quantum technology",
    "quantum technologies", "quantum computing", "quantum information science", "quantum science", "beyond 5g", "5g",
    "6g", "machine learning", "deep learning", "cloud computing", "edge computing", "cybersecurity", "cyber security",
    "semiconductors", "microelectronics", "biotechnology", "robotics", "blockchain", "internet of things", "big data",
    "generative ai", "advanced computing", "supercomputing", "photonics", "advanced materials", "data science",
    "natural language processing", "computer vision", "autonomous systems", "digital platforms", "online platforms",
})

# Bare head words a body's own press releases call it by ("the Commission"), and the knowledge-base body and
# polity they stand for when the article names no other body of that kind.
HOUSE_NAMES = {"Commission": ("agency:european-commission", "government:european-union"),
               "Council": ("agency:council-of-the-european-union", "government:european-union")}

# "the company" and friends refer back to the nearest entity of these types.
COREF_NOUNS = {
    "entity": ("Firm", "Organization", "Agency"), "company": ("Firm",), "firm": ("Firm",), "startup": ("Firm",), "start-up": ("Firm",), "lab": ("Firm", "Organization"),
    "chipmaker": ("Firm",), "developer": ("Firm",), "group": ("Firm", "Organization"), "giant": ("Firm",),
    "maker": ("Firm",), "business": ("Firm",), "venture": ("Firm",), "agency": ("Agency",), "department": ("Agency",), "regulator": ("Agency",),
    "bureau": ("Agency",), "ministry": ("Agency",), "office": ("Agency",), "body": ("Agency", "Organization"), "unit": ("Agency",), "watchdog": ("Agency",), "administration": ("Government",),
    "model": ("AIModel",), "chatbot": ("AIModel",), "chip": ("Hardware",), "processor": ("Hardware",),
    "accelerator": ("Hardware",), "summit": ("Event",), "meeting": ("Event",), "conference": ("Event",),
    "event": ("Event",), "forum": ("Event",), "competition": ("Policy", "Event"), "challenge": ("Policy", "Event"),
    "act": ("Policy",), "order": ("Policy",), "rule": ("Policy",), "law": ("Policy",), "plan": ("Policy",),
    "strategy": ("Policy",), "declaration": ("Policy",), "regulation": ("Policy",), "framework": ("Policy",),
    "organisation": ("Organization",), "organization": ("Organization",), "institute": ("Organization", "Agency"),
    "association": ("Organization",),
    "government": ("Government",), "country": ("Government",), "programme": ("Policy",), "program": ("Policy",),
    "initiative": ("Policy",), "bloc": ("Organization", "Government"), "code": ("Policy",), "charter": ("Policy",),
    "convention": ("Policy",), "treaty": ("Policy",),
}

# Plural class nouns and the entity types of their members: "the following countries: France, Japan and Canada".
_PEOPLE = ("Person",)
_STATES = ("Government", "Organization")
LIST_CLASS_NOUNS = {
    "official": _PEOPLE, "minister": _PEOPLE, "leader": _PEOPLE, "delegate": _PEOPLE, "speaker": _PEOPLE,
    "executive": _PEOPLE, "representative": ("Person", "Government", "Organization", "Agency"),
    "participant": ("Person", "Government", "Organization", "Agency", "Firm"), "attendee": _PEOPLE,
    "country": _STATES, "nation": _STATES, "state": _STATES, "government": _STATES, "economy": _STATES,
    "member": ("Government", "Organization", "Firm"), "partner": ("Government", "Organization", "Firm", "Agency"),
    "signatory": ("Government", "Organization", "Firm"), "jurisdiction": _STATES,
    "entity": ("Firm", "Organization", "Agency"), "company": ("Firm",), "firm": ("Firm",), "startup": ("Firm",), "chipmaker": ("Firm",), "lab": ("Firm", "Organization"),
    "agency": ("Agency",), "department": ("Agency",), "ministry": ("Agency",), "regulator": ("Agency",),
    "organization": ("Organization",), "organisation": ("Organization",), "model": ("AIModel",), "chip": ("Hardware",),
    "device": ("Hardware",), "processor": ("Hardware",), "accelerator": ("Hardware",), "gpu": ("Hardware",),
}
# Collective nouns whose "of" phrase names what the subject is: "Claude is a family of models developed by …".
COLLECTIVE_NOUNS = {"family", "series", "line", "range", "suite", "set", "collection", "lineup", "generation"}

# Titles of office: a person bearing one LEADS the body named with it.
LEADER_TITLES = {
    "president", "prime minister", "premier", "chancellor", "chief executive", "chief executive officer", "ceo",
    "chair", "chairman", "chairwoman", "chairperson", "head", "director", "director-general", "director general",
    "secretary", "secretary-general", "secretary general", "minister", "governor", "founder and ceo",
    "co-founder and ceo", "leader", "king", "queen", "commissioner", "administrator", "executive director",
    "managing director", "mayor", "chief", "boss", "president and ceo", "commander",
}
# Leaders' titles that head a whole government; other leaders (a secretary, a minister) serve one.
GOVERNMENT_HEAD_TITLES = {
    "president", "prime minister", "premier", "chancellor", "king", "queen", "leader", "emir", "crown prince",
    "head of state", "head of government", "taoiseach",
}
# Ranks before a title that make its holder staff of the body, not its head: "Assistant Secretary of Commerce".
# Military ranks written before a name ("Vice Adm. Pablo Niemann", "Air Force Lt. Gen. X"), abbreviated or in full;
# a rank is no office: the office is the title written before the unit and the rank.
MILITARY_RANKS = frozenset({"Lt", "Gen", "Col", "Maj", "Adm", "Capt", "Sgt", "Cmdr", "Brig", "Cpl", "Pvt",
                            "General", "Admiral", "Lieutenant", "Colonel", "Major", "Captain", "Commander",
                            "Sergeant", "Vice", "Rear", "Brigadier"})
RANK_WORDS = frozenset({"assistant", "deputy", "under", "vice", "associate", "state"})  # "State Minister" is junior (Japan)
# Titles that make a person an employee (WORKS_FOR) rather than the leader.
STAFF_TITLES = {
    "researcher", "scientist", "engineer", "employee", "staffer", "adviser", "advisor", "official", "spokesperson",
    "spokesman", "spokeswoman", "press secretary", "executive", "vice president", "chief scientist", "chief technology officer", "cto",
    "member", "members", "staff", "analyst", "economist", "lawyer", "veteran", "alumnus", "alumni", "envoy",
    "postdoctoral researcher", "research scientist", "professor", "principal investigator", "investigator",
    # a bare "fellow of the IEEE" is an honour; these fellows hold posts at the body
    "research fellow", "senior fellow", "postdoctoral fellow", "visiting fellow", "resident fellow",
    "ambassador", "deputy", "under secretary", "undersecretary", "officer", "partner", "general partner",
    "managing partner", "provost", "vice-president", "vice provost", "dean",
    "deputy prime minister", "vice prime minister", "vice premier", "deputy premier",
    "cfo", "coo", "cmo", "cio", "ciso", "cpo", "chief financial officer", "chief operating officer",
    "chief marketing officer", "chief information officer", "chief product officer",
    # military ranks: "U.S. Navy Capt. X", "U.S. Army Gen. Y" serve the service named before them
    "capt.", "captain", "col.", "colonel", "lt.", "lieutenant", "maj.", "gen.", "general", "adm.", "admiral",
    "sgt.", "sergeant", "cmdr.", "lt. col.", "lt. gen.", "brig. gen.", "maj. gen.", "rear adm.", "vice adm.",
}
# Nouns naming people by their tie to an organisation: "employees of X", "researchers at X".
STAFF_NOUNS = {
    "employee", "employees", "member", "members", "researcher", "researchers", "engineer", "engineers",
    "staff", "staffer", "staffers", "scientist", "scientists", "executive", "executives", "official",
    "officials", "veteran", "veterans", "alumni", "alumnus", "founder", "founders", "co-founder", "co-founders",
    "adviser", "advisers", "advisor", "advisors", "leader", "leaders",
}

# Verbs whose arguments are companies: an unknown proper noun there is a firm ("awarded Corning $32 million").
FIRM_CONTEXT_VERBS = {
    "acquire", "buy", "invest", "fund", "back", "finance", "award", "grant", "partner", "supply", "sell",
    "license", "sue", "merge", "spin", "list", "float", "value",
}


#: Verbs of taking someone on: "hire X" makes X staff; "hired X as its chief executive" names X's post.
HIRING_VERBS = frozenset({"hire", "recruit", "attract", "poach", "employ", "appoint", "name", "tap", "lure", "bring"})
#: Nouns for a government programme: "HealthSpark – an initiative to …", "initiatives of X, such as Y".
PROGRAMME_NOUNS = frozenset({"initiative", "programme", "program", "scheme"})
#: Head words of a law's name ("the Artificial Intelligence Act", "the Trade Act of 1974", "the Data Governance
#: Regulation"): what "of <year>" may follow and what lawmakers agree "on".
LAW_HEADS = frozenset({"act", "regulation", "directive", "law", "code", "bill"})


def _word_list(name: str) -> frozenset[str]:
    """The lower-cased lines of a word list shipped in ``graphkit/data`` (``#`` starts a comment line)."""
    from importlib import resources

    text = resources.files("graphkit.data").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: Common given names ("Guillaume", "Bertrand"): an unknown name NER typed as an organisation or place that opens
#: with one is a person. Shipped as ``graphkit/data/given_names.txt``.
GIVEN_NAMES = _word_list("given_names.txt")

#: The 20,000 most frequent English words (from wordfreq, CC BY-SA 4.0): a company name NER guessed that is made
#: only of these, with no company head word, is more often a capitalised phrase ("Golden Age of AI") than a name.
#: Shipped as ``graphkit/data/common_words.txt``.
COMMON_WORDS = _word_list("common_words.txt")

#: Sovereign states by common English name: a place NER finds that is one of them is a Government even when
#: the knowledge base has no entry for it ("from the Middle East, to Sudan"). Shipped as ``graphkit/data/countries.txt``.
COUNTRY_NAMES = _word_list("countries.txt")
#: Lower-case words for a gathering a name can modify: "the Emerging Technologies for Defense conference".
EVENT_HEAD_NOUNS = frozenset({"conference", "summit", "forum", "symposium", "tour", "expo", "exhibition", "convention",
                             "hackathon", "workshop", "roundtable", "showcase"})
#: Words for what is said at a gathering: "a speech at X", "delivered a keynote at Computex".
SPEECH_NOUNS = frozenset({"speech", "address", "remarks", "remark", "message", "keynote", "statement", "talk",
                          "presentation", "intervention"})

# Common English short forms of given names: "Doug Beck" in a quote is the "Douglas Beck" of the byline.
GIVEN_NAME_SHORT_FORMS = {
    "douglas": {"doug"}, "robert": {"bob", "rob", "bobby"}, "william": {"bill", "will", "billy"},
    "michael": {"mike"}, "james": {"jim", "jimmy", "jamie"}, "thomas": {"tom", "tommy"}, "david": {"dave"},
    "daniel": {"dan", "danny"}, "christopher": {"chris"}, "steven": {"steve"}, "stephen": {"steve"},
    "anthony": {"tony"}, "joseph": {"joe"}, "benjamin": {"ben"}, "samuel": {"sam"}, "alexander": {"alex"},
    "matthew": {"matt"}, "nicholas": {"nick"}, "richard": {"rick", "dick", "rich"}, "edward": {"ed", "ted"},
    "elizabeth": {"liz", "beth"}, "katherine": {"kate", "kathy"}, "catherine": {"kate", "cathy"},
    "jennifer": {"jen", "jenny"}, "gregory": {"greg"}, "jeffrey": {"jeff"}, "kenneth": {"ken"},
    "ronald": {"ron"}, "donald": {"don"}, "timothy": {"tim"}, "patrick": {"pat"}, "patricia": {"pat"},
    "charles": {"charlie", "chuck"}, "andrew": {"andy", "drew"}, "lawrence": {"larry"}, "gerald": {"jerry"},
    "frederick": {"fred"}, "raymond": {"ray"}, "susan": {"sue"}, "margaret": {"maggie", "peggy"},
    "deborah": {"deb", "debbie"}, "rebecca": {"becky"}, "victoria": {"vicky"}, "jonathan": {"jon"},
    "nathaniel": {"nate"}, "philip": {"phil"}, "phillip": {"phil"}, "peter": {"pete"}, "walter": {"walt"},
}

# Honours, degrees and seats written after a name ("Lesley Cowley OBE", "Sajid Javid MP", "Peter Burke TD"):
# no part of it.
POST_NOMINALS = frozenset({"OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KC", "QC", "MP", "TD", "MEP", "MSP", "MLA", "MPP", "FRS", "FREng", "PC", "KCMG", "CMG",
                           "PhD", "Ph.D", "Ph.D.", "Ph", "DPhil"})  # (degrees too: "J. Michael McQuade Ph.D")

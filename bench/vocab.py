"""Word lists and sentence templates for synthetic news copy (written for the benchmark).

Filler templates avoid the core story's trigger words, so the values they carry are read
only when a template of `bench.story` puts them next to a trigger. One exception is kept
on purpose, as copy has it everywhere: "according to" is an inflection of the trigger
"accord".
"""

from __future__ import annotations

OUTLETS = ("Baltic Wire", "Harbour Gazette", "Nordic Ledger", "Coastal Courier",
           "Eastern Sea Post", "Sound Review")
REPORTERS = ("Karin Holm", "Piotr Nowak", "Linnea Berg", "Jakub Wilk", "Mette Dahl",
             "Oskar Frei", "Hanna Ek", "Lukas Ozols", "Ingrid Saar", "Rafal Mazur")
CITIES = ("Riga", "Tallinn", "Helsinki", "Stockholm", "Malmo", "Rostock", "Kiel", "Klaipeda",
          "Turku", "Oslo", "Aarhus", "Szczecin")
ORGS = ("the Nordic Freight Council", "Harbour Logistics Group", "the regional chamber of commerce",
        "the Baltic Ports Organisation", "the Institute for Coastal Economics",
        "the hauliers' association", "the ferry operators' federation", "the national audit office")
PEOPLE = ("Ewa Lind", "Jonas Aas", "Maja Krol", "Erik Sundin", "Laura Kalnina", "Peter Voss",
          "Agnes Roos", "Viktor Palm", "Nora Falk", "Henrik Moe", "Ilse Vahter", "Adam Zielinski")
ROLES = ("an economist at the University of Tartu", "a ferry captain", "a haulage operator",
         "a local councillor", "a retired engineer", "a shipping analyst",
         "the mayor of a coastal town", "a spokesperson for a commuter group",
         "an environmental campaigner", "a logistics consultant")
GOODS = ("timber", "grain", "steel coils", "container freight", "fertiliser", "new cars",
         "paper pulp", "frozen fish")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

FILLER = (
    "Freight volumes through {city} rose {pct} in {year}, according to figures from {org}.",
    "Ferry operators on the route carried {big} passengers last year, up from {big2} in {year}.",
    "{person}, {role}, said the region had waited {small} years for a fixed link.",
    "Commuters between {city} and {city2} spend about {minutes} minutes on the crossing today.",
    "The harbour in {city} handled {tonnes} tonnes of {goods} in {month} alone.",
    "Local businesses have lobbied for better connections since at least {year}.",
    "Unemployment in the border counties stood at {pct} at the end of {year}.",
    "Engineers expect to bore through clay and chalk up to {depth} metres below the seabed.",
    "Environmental groups have warned that construction could disturb porpoises and eels.",
    "{Org} estimates that a fixed crossing would cut lorry journeys by {minutes} minutes.",
    "Fares on the existing ferry rose {pct} in {year}, to {money} for a car and driver.",
    "Polls published in {month} showed {pct} of residents in {city} in favour and {pct2} opposed.",
    "The last bridge built in the region, completed in {year}, ran {pct} over budget.",
    "Officials in {city} said {big} new jobs could follow within a decade.",
    "Rail traffic on the corridor has doubled since {year}, to {big} trains a year.",
    "The regional airport in {city} expects {big} travellers this year.",
    "Insurance premiums for cargo crossing the strait have risen {pct} since {month} {year}.",
    "A study commissioned in {year} put the economic benefit at {money} a year.",
    "Fishing crews in {city} say catches have fallen by {pct} over the past {small} years.",
    "Some {big} lorries cross the strait each week, many of them carrying {goods}.",
    "The weather service warned of gales of up to {speed} km/h along the coast on {weekday}.",
    "Hotel bookings in {city} were up {pct} in the first quarter, the tourism board said.",
    "Energy prices have climbed {pct} since {year}, squeezing household budgets.",
    "{person}, {role}, said the crossing cost her company {money} last year.",
    "The opposition has promised to publish its own transport paper by {month}.",
    "The government has set aside {money} for road upgrades around the harbour in {city}.",
    "House prices near the planned entrance have risen {pct} in {small} years, agents say.",
    "{Org} expects container traffic to grow by {pct} a year until {future}.",
    "Around {big} people live within {depth} kilometres of the planned portal.",
    "The old train ferry, in service since {year}, needs {money} of repairs, inspectors found.",
    "Queues at the ferry terminal in {city} stretched to {small} hours over Easter.",
    "{Org} reported a {pct} drop in delays in {month}, its best month since {year}.",
    "In {year}, a storm closed the crossing for {small} days and stranded {big} travellers.",
    "Student numbers at the maritime academy in {city} have grown {pct} since {year}.",
    "Ports along the coast lost an estimated {money} in revenue during the closures.",
    "{person}, {role}, pointed to the {year} census, which counted {big} residents on the island.",
    "Building firms in {city} have hired {big} apprentices in the past {small} months.",
    "The coastguard logged {small} near-misses in the shipping lane in {year}.",
)
QUOTES = (
    "We have been promised this for {small} years and people are tired of waiting",
    "Nobody should underestimate how difficult the seabed is",
    "It is a good day for the whole region",
    "The numbers simply do not add up",
    "We need trains, not speeches",
    "I will believe it when I see the first train",
    "This is about jobs, not symbols",
    "Six countries, one tunnel and nine billion reasons to get it right",
    "Our members lost a month's pay, and that is not forgotten",
    "The ferry will not disappear overnight",
    "Nobody signs up for a decade of roadworks lightly",
    "If it opens by {future}, I will eat my hat",
)
SUBHEADS = ("What happens next", "The money", "Why it matters", "Background", "The opposition",
            "The unions", "Timeline")
RELATED = ("How the ferry crossing became a bottleneck", "Five numbers behind the fixed link",
           "Opinion: the strait deserves better than a tunnel", "Rail unions weigh next steps",
           "Photos: life on the last train ferry", "Explainer: who pays for cross-border rail")
FURNITURE_TOP = ("We use cookies to improve your experience. Manage preferences or accept all.",
                 "Sign up for our morning newsletter", "Listen to this article · 6 min")
FURNITURE_MID = ("Advertisement", "Continue reading below",
                 "Most read: Storm warning for the coast")
FURNITURE_END = ("Share this article", "Follow us for updates on the strait",
                 "Corrections? Write to the desk", "Comments are closed for this story")

# Extra stories: the rest of a newsroom's sheets. Names are made of syllables so they do
# not occur in the copy; SHARED_TRIGGERS do, as common words would.
SYLLABLES = ("ka", "lo", "ven", "dri", "mor", "tal", "esh", "quin", "sar", "bel", "oru",
             "zan", "fey", "gor", "lim", "nad", "rek", "sol", "tav", "urm", "vix", "yel",
             "zor", "ber", "cam", "dov", "phel", "thra")
FIRST_NAMES = ("Aino", "Boris", "Clara", "Dario", "Edda", "Felix", "Greta", "Hugo", "Ines",
               "Jonas", "Kaja", "Lev", "Mira", "Nils", "Olga", "Piet", "Rhea", "Sven",
               "Tilda", "Ugo", "Vera", "Wim", "Xenia", "Yuri", "Zora")
EXTRA_TRIGGERS = (
    "referendum", "merger", "auction", "indictment", "ceasefire", "recall", "inquiry",
    "bailout", "tariff", "eruption", "flood", "heatwave", "verdict", "election", "runoff",
    "coup", "quarantine", "expedition", "derailment", "evacuation", "lockdown", "blackout",
    "wildfire", "landslide", "earthquake", "hijacking", "kidnapping", "ransom", "boycott",
    "embargo", "impeachment", "resignation", "dismissal", "nomination", "inauguration",
    "coronation", "funeral", "wedding", "premiere", "concert", "festival", "marathon",
    "regatta", "tournament", "takeover", "buyout", "bankruptcy", "default", "downgrade",
    "devaluation", "raid", "arrest", "acquittal", "conviction", "sentencing", "pardon",
    "extradition", "deportation", "audit", "leak", "hack", "outage", "recount", "petition",
    "riot", "curfew", "truce", "armistice", "annexation", "secession", "mutiny", "defection",
    "espionage", "smuggling", "poaching", "drought", "famine", "epidemic", "outbreak",
    "vaccination", "excavation", "collision", "capsizing", "grounding", "explosion", "spill",
    "shutdown", "relaunch", "rebrand", "unveiling", "groundbreaking", "christening",
    "decommissioning", "privatisation", "nationalisation", "flotation", "walk-on", "sit-in",
)
SHARED_TRIGGERS = ("talks", "meeting", "vote", "summit", "strike", "agreement", "deal",
                   "statement", "visit", "project", "dispute", "report")
COUNTED = ("passenger", "vessel", "candidate", "school", "village", "soldier", "protester",
           "hostage", "miner", "delegate", "seat", "district")
CURRENCIES = ("USD", "EUR", "GBP", "SEK", "NOK", "PLN", "CHF")

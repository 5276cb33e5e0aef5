"""The words titles are read from: offices, rank and portfolio words, and qualifiers.

Qualifiers name a country or body: every country by its names and demonym (from the
countryinfo package, shipped as checker/tables/countries.tsv: "India", "Indian",
"Switzerland", "Swiss", "New Zealander"), the institutions below ("Kremlin" → Russia),
and what a sheet adds (its entities' names, its own words). Offices are the closed list
below, plus what a sheet adds.
"""

from __future__ import annotations

from functools import cache

# Bodies that stand for a country or union, and short forms countryinfo does not give.
_INSTITUTIONS = """\
united states: us, u.s., usa, u.s.a., america, white house, state department, washington
russia: kremlin, moscow
ukraine: kyiv, kiev
china: beijing
france: elysee, paris
germany: berlin
united kingdom: uk, u.k., britain, downing street, london
eu: eu, european union
eu-commission (eu): european commission, eu commission, commission
eu-council (eu): european council, eu council
eu-parliament (eu): european parliament
nato: nato
un: un, u.n., united nations"""

_OFFICES = """\
president: president
prime-minister: prime minister, premier, pm
chancellor: chancellor
minister: minister
chief-minister: chief minister
first-minister: first minister
secretary-of-state: secretary of state
secretary-general: secretary general, secretary-general
secretary: secretary
chief-secretary: chief secretary
spokesman: spokesman, spokeswoman, spokesperson
ambassador: ambassador
envoy: envoy
general: general
governor: governor
mayor: mayor
senator: senator
member-of-parliament: mp, td, mep, mla, member of parliament, teachta dala
speaker: speaker, ceann comhairle
deputy-speaker: deputy speaker, leas-cheann comhairle
commissioner: commissioner
director: director
managing-director: managing director
director-general: director general, director-general
administrator: administrator
adviser: adviser, advisor
chairman: chairman, chairwoman, chairperson, chair
chief-executive: chief executive, chief executive officer, ceo
chief-financial-officer: chief financial officer, cfo
chief-operating-officer: chief operating officer, coo
founder: founder, co-founder, cofounder
owner: owner
team-principal: team principal, team boss
race-engineer: race engineer
coach: coach, head coach
manager: manager
captain: captain
commander: commander
pilot: pilot
astronaut: astronaut
cosmonaut: cosmonaut
judge: judge
chief-justice: chief justice
attorney-general: attorney general, attorney-general
prosecutor: prosecutor
returning-officer: returning officer
king: king
queen: queen
leader: leader
chief: chief
head: head
official: official
aide: aide"""

# Offices a country's own word names: office, country key, rank words.
NATIONAL: dict[str, tuple[str, str, frozenset[str]]] = {
    "taoiseach": ("prime-minister", "ireland", frozenset()),
    "tanaiste": ("prime-minister", "ireland", frozenset({"deputy"})),
}
GENERIC = frozenset({"leader", "chief", "head", "official", "aide"})
# What a person may be beside their office ("NASA astronaut", "Tesla founder", "TD"): when
# the sheet does not list it, it is not judged; a post the sheet does not list contradicts.
OCCUPATIONS = frozenset({"astronaut", "cosmonaut", "pilot", "founder", "owner",
                         "member-of-parliament", "adviser", "envoy"})
RANKS = frozenset({"deputy", "first", "vice", "assistant", "under", "associate"})
# The chamber an office sits in ("speaker of the House", "president of the National
# Assembly"): a complement that names no other employer, so it does not change the office.
LEGISLATURES = frozenset({"chamber", "house", "parliament", "assembly", "senate", "congress",
                          "dail", "seanad", "duma", "sejm", "bundestag", "knesset"})
# Words that say the kind of post, not which: "Union Railway Minister", "cabinet minister".
NEUTRAL = frozenset({"union", "federal", "cabinet", "junior", "senior", "group", "state"})
_MODIFIERS = """\
deputy first vice assistant under associate foreign defence interior home finance economy
trade energy justice health education culture agriculture transport environment labour
security intelligence press presidential digital development climate treasury commerce
industry railway railways sport sports tourism housing infrastructure science technology
communications petroleum power coal mines aviation fisheries tax revenue budget equality
enterprise employment immigration planning water children youth women welfare program
programme commercial crew station union federal cabinet junior senior group state"""
SPELLINGS = {"defense": "defence", "labor": "labour", "foreign affairs": "foreign",
             "home affairs": "home", "internal affairs": "interior", "economic": "economy",
             "national security": "security", "external affairs": "foreign",
             "social protection": "welfare", "social welfare": "welfare",
             "rural affairs": "rural", "rural and community development": "rural",
             "civil aviation": "aviation", "railway": "railways", "sport": "sports",
             "programme": "program"}
STATUS = ("former", "acting", "interim", "outgoing", "then")  # "the then governor": at that time
HONORIFICS = ("mr", "mrs", "ms", "dr", "sir", "dame")

Table = dict[str, tuple[str, str | None]]  # form → (key, parent key)


def parse_table(text: str) -> Table:
    """form → (key, parent key) from lines "key [(parent)]: form, form"."""
    table: Table = {}
    for line in text.splitlines():
        head, forms = line.split(":", 1)
        key, _, parent = head.partition(" (")
        for form in forms.split(","):
            table[form.strip()] = (key.strip(), parent.rstrip(")") or None)
    return table


INSTITUTIONS = parse_table(_INSTITUTIONS)
OFFICES = {form: key for form, (key, _) in parse_table(_OFFICES).items()}
MODIFIERS = frozenset(_MODIFIERS.split()) | frozenset(SPELLINGS)


@cache
def countries() -> Table:
    """Every country with an ISO code, by its name, other names and demonym (the shipped
    table of checker.tables), and the institutions above."""
    from checker.tables import countries as country_forms

    table: Table = {form: (key, None) for form, key in country_forms()}
    for form, (key, parent) in INSTITUTIONS.items():
        table[form] = (key, parent)
    return table

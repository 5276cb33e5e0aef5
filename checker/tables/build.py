"""Write the tables of checker.tables from the packages they come from.

    python -m checker.tables.build

english-words and countryinfo are needed only here (the `test` extra installs them).
"""

from __future__ import annotations

from checker.tables import COUNTRIES, ENGLISH
from checker.text.fold import fold


def english_text() -> str:
    """The lower-case words of web2 and GCIDE, sorted, one a line."""
    from english_words import get_english_words_set

    words = get_english_words_set(["web2", "gcide"], alpha=True)
    return "".join(f"{w}\n" for w in sorted(w for w in words if w.islower()))


def countries_text() -> str:
    """Lines "form<TAB>country" for every country with an ISO code."""
    from countryinfo import CountryInfo

    seen: dict[str, str] = {}
    # A demonym several countries share ("American", "Indian") names the most populous.
    ranked = sorted(CountryInfo.all().values(), key=lambda c: -(c.get("population") or 0))
    for info in ranked:
        if not info.get("ISO") or not info.get("name"):
            continue
        key = fold(info["name"])
        forms = [info["name"], info.get("demonym") or ""]
        forms += [s for s in info.get("altSpellings") or [] if len(s) > 3 and " " in s.strip()]
        for form in forms:
            folded = fold(form.strip())
            if len(folded) > 2 and folded.replace(" ", "").replace("-", "").isalpha():
                seen.setdefault(folded, key)
    return "".join(f"{form}\t{key}\n" for form, key in seen.items())


def main() -> None:
    ENGLISH.write_text(english_text(), "utf-8")
    COUNTRIES.write_text(countries_text(), "utf-8")


if __name__ == "__main__":
    main()

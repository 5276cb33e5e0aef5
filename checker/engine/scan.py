"""One document as the engine reads it: text, folded copy, sentences, quotations, and
the values read from each sentence (each is read once, and only when a fact needs it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from checker.engine.attach import SentenceGeometry
from checker.extract.dates import DateMention, find_dates
from checker.extract.numbers import NumberMention, find_numbers
from checker.kinds.base import ExtractorName
from checker.text.fold import fold
from checker.text.segment import Sentence, find_quotes, split_sentences

Extractor = Callable[[str, int, int], Sequence[DateMention | NumberMention]]
EXTRACTORS: dict[ExtractorName, Extractor] = {"dates": find_dates, "numbers": find_numbers}


@dataclass(slots=True)
class Scan:
    """One document as the engine reads it: the text, its folded copy, sentences,
    quotations, and the values extracted so far (each sentence is read once)."""

    text: str
    folded: str
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]
    geometry: SentenceGeometry
    _values: dict[tuple[ExtractorName, int], Sequence[DateMention | NumberMention]] = field(
        default_factory=dict
    )

    @classmethod
    def of(cls, text: str) -> Scan:
        return cls(
            text, fold(text), split_sentences(text), find_quotes(text), SentenceGeometry(text)
        )

    def values(
        self, family: ExtractorName, sentence: Sentence
    ) -> Sequence[DateMention | NumberMention]:
        key = (family, sentence.start)
        found = self._values.get(key)
        if found is None:
            found = self._values[key] = EXTRACTORS[family](self.text, sentence.start, sentence.end)
        return found

    def dates(self, sentence: Sentence) -> list[DateMention]:
        return [v for v in self.values("dates", sentence) if isinstance(v, DateMention)]

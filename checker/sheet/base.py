"""What every fact has, whatever its kind: an id, where it is mentioned, severity, citation."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from checker.findings import Severity

KebabId = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", min_length=1, max_length=80)
]
Words = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def _as_list(value: object) -> object:
    """Let a single string stand for a list of one."""
    return [value] if isinstance(value, str) else value


# A list that may be written as one string; the JSON Schema says both are allowed.
WordList = Annotated[
    list[Words], BeforeValidator(_as_list, json_schema_input_type=Words | list[Words])
]
KebabIds = Annotated[
    list[KebabId], BeforeValidator(_as_list, json_schema_input_type=KebabId | list[KebabId])
]


class Strict(BaseModel):
    """A sheet model: unknown keys are errors, values are immutable."""

    # Validators are built on first use: a sheet read back from the cache needs none.
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class When(Strict):
    """Where a fact is mentioned: a sentence naming every entity in `mentions` and one
    of the `trigger` words (in any inflection), and none of the `unless` words."""

    mentions: KebabIds = Field(
        default_factory=list, description="Entity ids that must all be referred to."
    )
    trigger: WordList = Field(
        min_length=1, description="Words or phrases that mark the event; inflections match."
    )
    unless: WordList = Field(
        default_factory=list, description="Words that mean the sentence is about something else."
    )


class Example(Strict):
    """A sentence of an example, with its own dateline when it needs another one."""

    text: Words
    dateline: date | None = None


def _as_example(value: object) -> object:
    return {"text": value} if isinstance(value, str) else value


ExampleItem = Annotated[
    Example, BeforeValidator(_as_example, json_schema_input_type=Words | Example)
]


class Examples(Strict):
    """Sentences that must pass and must fail this fact; `factlint rules test` runs them."""

    dateline: date | None = Field(default=None, description="Publication date of the examples.")
    passing: list[ExampleItem] = Field(default_factory=list, alias="pass")
    failing: list[ExampleItem] = Field(default_factory=list, alias="fail")


class FactBase(Strict):
    """Fields shared by all fact kinds."""

    kind: ClassVar[str]

    id: KebabId = Field(description="Kebab-case name; the rule id is '<sheet stem>.<id>'.")
    label: str | None = Field(default=None, description="Short name used in messages.")
    when: When
    severity: Severity = Severity.ERROR
    resolved_severity: Severity = Field(
        default=Severity.INFO,
        description="Severity when the fact's entity is named only by a pronoun or first name.",
    )
    message: str | None = Field(default=None, description="Replaces the generated message.")
    cite: KebabIds = Field(
        default_factory=list, description="Ids of the sheet's sources that establish the fact."
    )
    examples: Examples | None = None

    @property
    def name(self) -> str:
        return self.label or self.id.replace("-", " ")

    @property
    def rule_name(self) -> str:
        """The rule id after the sheet stem."""
        return self.id

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every entity id the fact names, with where it is written inside the fact."""
        return [(("when", "mentions", i), e) for i, e in enumerate(self.when.mentions)]

    def requires(self) -> list[str]:
        """The entities a sentence must name for the fact to be mentioned."""
        return list(self.when.mentions)


def _anywhere() -> When:
    return When.model_construct(mentions=[], trigger=[], unless=[])


class EntityFactBase(FactBase):
    """A fact about one entity, checked wherever it is named (a title, an age, a code):
    its value sits under the kind's key with `of`, its id defaults to '<of>-<kind>' and its
    rule id is '<of>.<kind>'."""

    when: When = Field(default_factory=_anywhere, description="Optional further conditions.")

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        spec = data.get(cls.kind) if isinstance(data, dict) else None
        if isinstance(spec, dict) and "id" not in data:
            return {**data, "id": f"{spec.get('of', 'entity')}-{cls.kind}"}
        return data

    @property
    def subject(self) -> str:
        """The id of the entity the fact is about."""
        of: str = getattr(self, self.kind).of
        return of

    @property
    def rule_name(self) -> str:
        return f"{self.subject}.{self.kind}"

    def entity_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        return [*super().entity_refs(), ((self.kind, "of"), self.subject)]

    def requires(self) -> list[str]:
        return [self.subject, *self.when.mentions]

"""The words a printed sheet adds around the questions, per language (`--lang`).

Questions stay in the bank's language; only quizgen's own labels (Name, Class, True/False,
Answer key, ...) follow `--lang`, and the page's `lang` attribute says which it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.errors import UsageError


@dataclass(frozen=True)
class Labels:
    """quizgen's own words on worksheets, keys and answer sheets, in one language."""

    #: The BCP 47 code of the language, for the page's `lang` attribute.
    lang: str
    name: str
    class_: str
    date: str
    version: str
    #: "Read each question and tick one box." (before "N points each").
    instructions: str
    #: "{points} each": the points of one question.
    each: str
    total: str
    #: One point and several points: "point", "points".
    point: str
    points: str
    true: str
    false: str
    answer_key: str
    all_versions: str
    questions: str
    number: str
    letter: str
    answer: str
    points_heading: str
    end_of_version: str
    #: The page footer: "page {page} of {pages}" as two halves around the page number.
    page: str
    of: str
    #: Answer sheets: "Fill in one box per question."
    fill_in: str
    answer_sheet: str

    def points_phrase(self, points: int) -> str:
        """ "1 point", "3 points" in this language."""
        return f"{points} {self.point if points == 1 else self.points}"

    @property
    def true_false(self) -> tuple[str, str]:
        """The two boxes of a true/false question."""
        return (self.true, self.false)


LABELS: dict[str, Labels] = {
    "en": Labels(
        lang="en",
        name="Name",
        class_="Class",
        date="Date",
        version="Version",
        instructions="Read each question and tick one box.",
        each="{points} each.",
        total="Total",
        point="point",
        points="points",
        true="True",
        false="False",
        answer_key="Answer key",
        all_versions="all versions",
        questions="questions",
        number="No.",
        letter="Letter",
        answer="Answer",
        points_heading="Points",
        end_of_version="End of version",
        page="page",
        of="of",
        fill_in="Fill in one box per question.",
        answer_sheet="Answer sheet",
    ),
    "fr": Labels(
        lang="fr",
        name="Nom",
        class_="Classe",
        date="Date",
        version="Version",
        instructions="Lisez chaque question et cochez une case.",
        each="{points} par question.",
        total="Total",
        point="point",
        points="points",
        true="Vrai",
        false="Faux",
        answer_key="Corrigé",
        all_versions="toutes les versions",
        questions="questions",
        number="N°",
        letter="Lettre",
        answer="Réponse",
        points_heading="Points",
        end_of_version="Fin de la version",
        page="page",
        of="sur",
        fill_in="Noircissez une case par question.",
        answer_sheet="Feuille de réponses",
    ),
    "de": Labels(
        lang="de",
        name="Name",
        class_="Klasse",
        date="Datum",
        version="Version",
        instructions="Lies jede Frage und kreuze ein Kästchen an.",
        each="{points} pro Frage.",
        total="Gesamt",
        point="Punkt",
        points="Punkte",
        true="Wahr",
        false="Falsch",
        answer_key="Lösungsschlüssel",
        all_versions="alle Versionen",
        questions="Fragen",
        number="Nr.",
        letter="Buchstabe",
        answer="Antwort",
        points_heading="Punkte",
        end_of_version="Ende der Version",
        page="Seite",
        of="von",
        fill_in="Fülle pro Frage ein Kästchen aus.",
        answer_sheet="Antwortbogen",
    ),
    "es": Labels(
        lang="es",
        name="Nombre",
        class_="Clase",
        date="Fecha",
        version="Versión",
        instructions="Lee cada pregunta y marca una casilla.",
        each="{points} cada una.",
        total="Total",
        point="punto",
        points="puntos",
        true="Verdadero",
        false="Falso",
        answer_key="Clave de respuestas",
        all_versions="todas las versiones",
        questions="preguntas",
        number="N.º",
        letter="Letra",
        answer="Respuesta",
        points_heading="Puntos",
        end_of_version="Fin de la versión",
        page="página",
        of="de",
        fill_in="Rellena una casilla por pregunta.",
        answer_sheet="Hoja de respuestas",
    ),
}


def labels_for(lang: str) -> Labels:
    """The labels of `lang` ("en", "fr", "de", "es"), or a usage error naming them."""
    try:
        return LABELS[lang.lower()]
    except KeyError:
        raise UsageError(f"unknown language {lang!r}; try one of: {', '.join(LABELS)}") from None

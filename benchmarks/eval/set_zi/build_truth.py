"""Build benchmarks/eval/set_zi/truth.jsonl from the annotation specs below (same format as sets B–T).

Only what is particular to set ZI lives here: where its articles are, the ``file`` prefix written into
truth, its gazetteer (set_zi/gazetteer.py: the shared frontier table plus "Tajik-Afghan border") and its
specs. The annotation helpers and the writer that checks every anchor are in benchmarks/eval/annotate.py.
Three thin wrappers add the fields the shared README lists and set T's builder leaves out: casualty
``low``/``high``, date ``basis``, distance/population ``qualifier``; location ``country`` is added after
the build (from the admin1 code, or per anchor for country-level and border names).

    .venv/bin/python benchmarks/eval/set_zi/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, A, L, Specs, W, build  # noqa: E402,F401
from gazetteer import GAZ  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zi/articles/"
OUT = HERE / "truth.jsonl"

SPECS = Specs()
spec = SPECS.register

EXPL, WDAY, REL_, DLINE = "explicit", "weekday", "relative", "dateline"


def K(kind, ctx, value, q="exact", nth=None):
    """annotate.K plus ``low``/``high`` per the shared README's qualifier rules."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:
        lo, hi = None, None
    rec.update(low=lo, high=hi)
    return rec


def D(ctx, norm, end=None, basis=EXPL, nth=None):
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec.update(value=value, qualifier=q)
    return rec


def P(ctx, value, q="exact", nth=None):
    rec = annotate.P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


BT = "Tajikistan's Border Troops"

# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus set T's judgement calls
# and the ones listed in set_zi/README.md. Gazetteer names not covered by an L(...) are added
# automatically with their default (role place).
# --------------------------------------------------------------------------------------------------


@spec("eval_zi01_national_daily_shohin_fishermen.txt")
def _zi01():  # published 2024-09-18 (Wednesday); the shooting on Monday evening, 16 September
    K("killed", "[Two] fishermen shot dead", 2)
    A("brother [says] shots", REP, "the dead man's brother")
    L("shots came from [Afghan bank]", None, "country", role="origin")
    K("killed", "[Two] men fishing", 2)
    D("shot dead on [Monday]", "2024-09-16", basis=WDAY)
    K("injured", "[a third] was wounded", 1)
    A("local officials [said]", OS, "local officials")
    D("said [yesterday]", "2024-09-17", basis=REL_)
    A("where, doctors [said]", REP, "doctors in Kulob")
    L("from the [Afghan bank]. There", None, "country", role="origin")
    A("Rahimov, [told]", REP, "Firuz Rahimov, the dead man's brother")
    A("He [said] the men", REP, "Firuz Rahimov")
    W("[automatic rifles]", "small_arms")
    A("administration [confirmed]", OS, "the district administration")
    K("killed", "confirmed [two] deaths", 2)
    K("injured", "and [one] injury", 1)
    A("Border Troops [said] the incident", OS, "a Border Troops spokesman")
    K("injured", "that [no]\nservicemen", 0)
    A("Wahidi, [denied]", DEN, "Ahmadullah Wahidi, Taliban police spokesman in Badakhshan")
    L("anyone in [Khwahan]", "AF-BDS", "district", role="origin")
    A("he [told] the paper", DEN, "Ahmadullah Wahidi")
    D("river [this year]", "2024-01-01", "2024-09-18", basis=REL_)
    D("In [May]", "2024-05-01", "2024-05-31")
    K("killed", "[a] shepherd from", 1)
    K("injured", "and [two] others injured", 2)
    A("[according to] the", OS, BT)
    A("Residents [say]", REP, "residents")
    A("[said] a teacher", REP, "a teacher in the village")


@spec("eval_zi02_correspondent_farkhor_drowning.txt")
def _zi02():  # published 2022-04-27 (Wednesday); the boat overturned late on Sunday 24 April
    L("[FARKHOR], Tajikistan", "TJ-KT", "district")
    D("By [Tuesday] afternoon", "2022-04-26", basis=WDAY)
    K("killed", "pulled [four] from", 4)
    K("missing", "[A fifth] man", 1)
    A("[according to] his uncle", REP, "the boy's uncle")
    L("cross from [Afghanistan]'s Takhar", None, "country", role="origin")
    L("Afghanistan's [Takhar] province", "AF-TAK", "region", role="origin")
    D("late on [Sunday] night", "2022-04-24", basis=WDAY)
    A("officials here [said]", OS, "officials in Farkhor")
    X("about [200 metres]", 200, "metres", q="about")
    K("detained", "[Six] of the passengers", 6)
    K("injured", "; [two] of them", 2)
    A("uncle [said] the family", REP, "Nasrullah, the missing boy's uncle")
    A("toy,\" he [said]", REP, "Nasrullah, the missing boy's uncle")
    A("[put the number]", OS, "the State Committee for National Security")
    K("killed", "dead at\n[three]", 3)
    D("statement on [Monday]", "2022-04-25", basis=WDAY)
    K("killed", "the [fourth] body", 1)
    A("Rahman, [said]", OS, "Mawlawi Abdul Rahman, Taliban spokesman in Takhar")
    K("killed", "at least [seven]", 7, "at_least")
    A("called that claim [baseless]", DEN, "the State Committee for National Security")
    D("in [August 2021]", "2021-08-01", "2021-08-31")
    D("[Last year]", "2021-01-01", "2021-12-31", basis=REL_)
    A("committee\n[says]", OS, "the State Committee for National Security")
    K("detained", "[38] Afghans", 38)
    A("rights groups [say]", REP, "human rights groups")
    X("about [150 metres] wide", 150, "metres", q="about")
    A("fishermen [say]", REP, "local fishermen")


@spec("eval_zi03_regional_frontpage_darvoz_mine.txt")
def _zi03():  # published 2023-06-08 (Thursday), dateline 7 June; the blast on Tuesday 6 June
    W("[Mine] kills", "mine")
    K("killed", "kills [two] shepherds", 2)
    K("injured", "[Third] herder", 1)
    L("[KHORUGH], 7 June", "TJ-GB", "town")
    D("KHORUGH, [7 June]", "2023-06-07", basis=DLINE)
    K("killed", "[Two] shepherds were killed", 2)
    K("injured", "[a third] was badly", 1)
    W("a\n[landmine] while", "mine")
    D("on [Tuesday] morning", "2023-06-06", basis=WDAY)
    A("emergency department [said]", OS, "Darvoz district emergency department")
    P("of about [1,000] people", 1000, "about")
    A("his family [said]", REP, "Umed's family")
    D("helicopter on [Wednesday]", "2023-06-07", basis=WDAY)
    A("regional hospital [said]", REP, "doctors at the regional hospital in Khorugh")
    X("about [3 kilometres]", 3, "kilometres", q="about")
    A("mine action centre [say]", OS, "officials of the national mine action centre")
    A("villagers [say]", REP, "villagers")
    D("Gorno-Badakhshan [this year]", "2023-01-01", "2023-06-08", basis=REL_)
    D("In [April]", "2023-04-01", "2023-04-30")
    K("injured", "[a] 10-year-old boy", 1)
    W("by\n[unexploded ordnance] near", "explosives")
    D("in [February]", "2023-02-01", "2023-02-28")
    K("injured", "[two] deminers", 2)
    A("[according to] regional", OS, "regional officials")
    W("[landmines] and", "mine")
    W("and [unexploded ordnance] have", "explosives")
    K("killed", "more than [380]", 380, "more_than")
    K("injured", "over [500]", 500, "over")
    A("1990s, officials [say]", OS, "officials")


@spec("eval_zi04_weekly_longread_ishkoshim_smugglers.txt")
def _zi04():  # published 2025-10-24 (Friday); the clash on the night of 11-12 October
    P("about [600] people", 600, "about")
    D("On [the night of 11–12 October]", "2025-10-11", "2025-10-12")
    L("from the [Afghan bank]", None, "country", role="origin")
    A("Border Troops [say] the men", OS, BT)
    W("[Kalashnikovs]", "small_arms")
    W("threw a [grenade]", "grenade")
    A("[according to] their statement", OS, BT)
    K("killed", "[three] \"armed", 3)
    K("detained", "and [two] were detained", 2)
    K("killed", "[One] serviceman", 1)
    K("injured", "[two] more were injured", 2)
    A("[According to] villagers", REP, "villagers in Ryn")
    K("killed", "[five] bodies", 5)
    A("Nasim, [told]", DEN, "Qari Mohammad Nasim, head of Eshkashem district")
    K("killed", "that [four] men", 4)
    W("old [rifles]", "small_arms")
    A("drugs,\" he [said]", DEN, "Qari Mohammad Nasim")
    K("injured", "of the [two] wounded", 2)
    A(",\" she [said]", REP, "Gulbahor, Sergeant Mamadov's mother")
    X("some [200 kilometres]", 200, "kilometres", q="about")
    D("[past year], the Border", "2024-10-24", "2025-10-23", basis=REL_)
    A("Troops [say], they", OS, BT)
    K("detained", "detained [41]", 41)
    K("killed", "killed [nine]", 9)


@spec("eval_zi05_tabloid_vanj_drone.txt")
def _zi05():  # published 2026-03-03 (Tuesday); the strike late on Saturday 28 February
    W("[DRONE] HELL", "drone")
    W("killed as [drone] drops", "drone")
    W("drops [grenade] on post", "grenade")
    K("killed", "[A] YOUNG", 1)
    K("injured", "and [two] of his comrades", 2)
    W("when a [drone] dropped", "drone")
    W("dropped a [grenade]", "grenade")
    D("at [the weekend]", "2026-02-28", "2026-03-01", basis=REL_)
    W("the [UAV]", "drone")
    L("from [Afghan territory]", None, "country", role="origin")
    D("[Saturday], pals", "2026-02-28", basis=WDAY)
    A("pals [told]", REP, "the guard's friends")
    A("[said] one.", REP, "one of the guard's friends")
    K("injured", "His [two] comrades", 2)
    A("[told] us at the family home", REP, "Saodat Yusufova, the guard's mother")
    D("on [Friday] and", "2026-02-27", basis=WDAY)
    A("pals [say] a second", REP, "the guard's friends")
    W("a second [drone]", "drone")
    D("tight-lipped [last night]", "2026-03-02", basis=REL_)
    A("[saying] only", OS, "officials in Dushanbe")
    K("killed", "\"[one] serviceman died", 1)
    K("injured", "died and [two] were", 2)
    K("injured", "that [no] civilians", 0)
    A("hospital [told]", REP, "sources at the hospital")
    K("injured", "[a THIRD] soldier", 1)
    D("on [Sunday] with burns", "2026-03-01", basis=WDAY)
    A("flatly [denied]", DEN, "Taliban officials in Badakhshan")
    W("flying any [drone]", "drone")
    W("have [drones]", "drone")
    A("[claimed].", DEN, "a Taliban spokesman")
    W("fourth [drone] attack", "drone")
    D("since [November]", "2025-11-01", "2025-11-30")
    K("killed", "[three] guards were killed", 3)


@spec("eval_zi06_news_in_brief.txt")
def _zi06():  # no header; column dated Friday 12 November 2021 (the reference date)
    D("[Friday 12 November 2021]", "2021-11-12", basis=DLINE)
    K("detained", "[Four] Afghans held", 4)
    K("detained", "detained [four]", 4)
    D("on [Wednesday] night", "2021-11-10", basis=WDAY)
    A("district police [said]", OS, "the district police")
    K("injured", "[Nobody] was hurt", 0)
    K("killed", "body of [a] fisherman", 1)
    K("missing", "body of [a] fisherman", 1)
    D("Panj [last week]", "2021-11-05", "2021-11-11", basis=REL_)
    D("found on [Tuesday]", "2021-11-09", basis=WDAY)
    A("relatives [said]", REP, "relatives")
    K("missing", "[A second] man", 1)
    W("[mine] injures", "mine")
    K("injured", "injures [two] children", 2)
    K("injured", "[Two] children were injured", 2)
    W("[anti-personnel mine]", "mine")
    D("district, on [Monday]", "2021-11-08", basis=WDAY)
    A("emergency department [said]", OS, "the regional emergency department")
    K("detained", "[three] Tajik citizens", 3)
    D("in [September] for", "2021-09-01", "2021-09-30")
    A("foreign ministry [said]", OS, "the Tajik foreign ministry")
    W("[Drone] sighting", "drone")
    A("Border Troops [denied]", DEN, BT)
    A("denied [reports] on social media", REP, "social media")
    W("that a [drone] had", "drone")
    D("on [Sunday]. \"No", "2021-11-07", basis=WDAY)
    W("No [drone] crossed", "drone")
    A("spokesman [said].", DEN, "a Border Troops spokesman")
    D("[Since August]", "2021-08-01", "2021-08-31")
    K("detained", "[146] Afghans", 146)
    K("killed", "at least [six] people", 6, "at_least")
    A("[according to] the border service", OS, "the border service")


@spec("eval_zi07_sunday_feature_barchid_family.txt")
def _zi07():  # published 2024-05-19 (Sunday); the blast on the morning of 26 April
    L("[BARCHID], Rushon", "TJ-GB", "village")
    D("morning of [26 April]", "2024-04-26")
    W("a [landmine] left", "mine")
    K("injured", "were [both] taken", 2)
    D("there [two days later]", "2024-04-28", basis=REL_)
    K("killed", "[both] boys had been buried", 2)
    A("Mohira [says]", REP, "Mohira Qurbonova, the boys' mother")
    K("killed", "records [one] child", 1)
    K("injured", "killed and [two] injured", 2)
    D("on [the day of the blast]", "2024-04-26", basis=REL_)
    A("Khorugh [admitted]", OS, "an official in Khorugh")
    A("The family [says]", REP, "the family")
    K("injured", "[a fourth] child", 1)
    D("about [that morning]", "2024-04-26", basis=REL_)
    A("village head [said]", OS, "the head of Barchid village")
    K("injured", "[a] shepherd was injured", 1)
    W("[mine] on the same", "mine")
    D("hillside [last year]", "2023-01-01", "2023-12-31", basis=REL_)
    D("[Since the start of the year]", "2024-01-01", "2024-05-19", basis=REL_)
    K("killed", "[three] children have been killed", 3)
    W("[mines] in Gorno", "mine")
    A("[according to] a demining", REP, "a demining charity in Khorugh")
    A("he [asks]", REP, "Safar, the boys' father")


@spec("eval_zi08_followup_panji_poyon_mortar.txt")
def _zi08():  # published 2025-07-29 (Tuesday); the attack on Friday night, 25 July
    W("Poyon [mortar] attack rises", "mortar")
    K("killed", "rises to [four] as", 4)
    K("killed", "[Four] Tajik border guards", 4)
    D("in [Friday] night's", "2025-07-25", basis=WDAY)
    W("night's [mortar] attack", "mortar")
    A("Border Troops [said] yesterday", OS, BT)
    D("said [yesterday]", "2025-07-28", basis=REL_)
    D("On [Saturday] the service", "2025-07-26", basis=WDAY)
    A("service [reported]", OS, BT)
    K("killed", "reported [two] servicemen", 2)
    K("injured", "and [three] wounded", 3)
    K("killed", "[One] of the wounded", 1)
    D("Bokhtar on [Sunday]", "2025-07-27", basis=WDAY)
    K("killed", "toll to [three]", 3)
    K("killed", "[fourth], a conscript", 1)
    K("missing", "fourth, [a] conscript", 1)
    D("found on [Monday]", "2025-07-28", basis=WDAY)
    X("about [2 km]", 2, "km", q="about")
    A("downstream, a spokesman [said]", OS, "a Border Troops spokesman")
    K("injured", "The [two] remaining", 2)
    W("eight [mortar]", "mortar")
    A("the service [said]", OS, BT)
    A("The Border Troops [said] the shells", OS, BT)
    L("area of [Imam Sahib]", "AF-KDZ", "district", role="origin")
    L("district in [Afghanistan]'s", None, "country", role="origin")
    L("Afghanistan's [Kunduz]", "AF-KDZ", "region", role="origin")
    A("Kunduz [rejected]", DEN, "Taliban officials in Kunduz")
    A("Inamullah, [said]", DEN, "Mawlawi Inamullah, Taliban spokesman in Kunduz")
    K("killed", "that [two] civilians", 2)
    K("injured", "and [four] injured", 4)
    A("responded,\" he [said]", DEN, "Mawlawi Inamullah")
    K("killed", "up to [ten]", 10, "up_to")
    D("social media on [Saturday]", "2025-07-26", basis=WDAY)
    A("Panji Poyon [said]", REP, "villagers in Panji Poyon")
    A("[said] Malika", REP, "Malika Rustamova, a shopkeeper")


@spec("eval_zi09_court_report_bokhtar.txt")
def _zi09():  # no header; dateline Thursday 14 December 2023 (the reference date)
    L("[BOKHTAR], 14 December", "TJ-KT", "town")
    D("[14 December 2023]", "2023-12-14", basis=DLINE)
    D("Bokhtar [yesterday]", "2023-12-13", basis=REL_)
    D("district in\n[September]", "2023-09-01", "2023-09-30")
    A("[According to the indictment]", OS, "the indictment (prosecution)")
    L("from [Afghanistan]'s Takhar", None, "country", role="origin")
    L("Afghanistan's [Takhar] province", "AF-TAK", "region", role="origin")
    D("on [the night of 18–19 September]", "2023-09-18", "2023-09-19")
    K("killed", "[One] of the three", 1)
    W("with a [pistol]", "firearms")
    K("injured", "[one] border guard", 1)
    K("detained", "The [two]\ndefendants", 2)
    A("Nabiev, [said]", OS, "Bahrom Nabiev, the prosecutor")
    K("injured", "[a second] guard", 1)
    D("Farkhor [this year]", "2023-01-01", "2023-12-14", basis=REL_)
    K("detained", "[31] people", 31)
    A("defence [disputed]", DEN, "the defence")
    A("Kholova [told]", DEN, "Zarina Kholova, defence lawyer")
    K("detained", "and [four] had been detained", 4)
    D("in [October] without", "2023-10-01", "2023-10-31")
    W("saw a [pistol]", "firearms")
    A("pistol,\" she [said]", DEN, "Zarina Kholova")
    A("Davlatov, [told]", REP, "Junior Sergeant Rustam Davlatov, the wounded guard")
    W("man's [pistol]", "firearms")
    A("He [said] no other", REP, "Junior Sergeant Rustam Davlatov")
    K("injured", "[no] other servicemen", 0)
    A("Nazarov [said]", OS, "Judge Faridun Nazarov")


@spec("eval_zi10_anniversary_navobod.txt")
def _zi10():  # published 2026-08-21 (Friday); the attack shortly before midnight on 21 August 2025
    D("[A year ago today]", "2025-08-21", basis=REL_)
    D("on [21 August 2025]", "2025-08-21")
    L("Darya from [Aqtepa]", "AF-KDZ", "village", role="origin")
    L("in [Afghanistan]'s Kunduz", None, "country", role="origin")
    L("Afghanistan's [Kunduz] province", "AF-KDZ", "region", role="origin")
    W("[machine guns]", "small_arms")
    W("and [grenades]", "grenade")
    K("killed", "[three] border guards", 3)
    K("killed", "and [a] shepherd", 1)
    K("injured", "[Five] people", 5)
    K("injured", "among them [two] villagers", 2)
    A("[according to] the figures", OS, BT)
    D("[the next day]", "2025-08-22", basis=REL_)
    A("Troops [said] at the time", OS, BT)
    K("killed", "that [six] of the attackers", 6)
    K("detained", "and [two] captured", 2)
    A("[According to] an inquiry", OS, "the regional prosecutor's inquiry")
    D("published in [March]", "2026-03-01", "2026-03-31")
    K("killed", "[two] civilians died", 2)
    K("missing", "[A fourth] guard", 1)
    K("killed", "at [five] dead", 5)
    K("missing", "and [one]\nmissing", 1)
    A("Kunduz [denied]", DEN, "the Taliban authorities in Kunduz")
    L("come from [Aqtepa]", "AF-KDZ", "village", role="origin")
    A("body,\" she [said]", REP, "Tojinisso, Private Rajabov's mother")
    D("On [Thursday]", "2026-08-20", basis=WDAY)
    K("killed", "at least [nine]", 9, "at_least")
    A("[by our count]", REP, "the newspaper")


COUNTRY = {"Tajikistan": "TJ", "Afghanistan": "AF", "Afghan bank": "AF", "Afghan territory": "AF"}


def add_country(path: Path) -> None:
    """Location ``country`` (README field): from the admin1 prefix, the country names, null for borders."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if r["kind"] == "location":
            code = r["admin1_code"]
            r["country"] = code[:2] if code else COUNTRY.get(r["anchor"])
            assert r["country"] or r["precision"] == "border", r
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    rc = build(SPECS, articles=ART, pattern="eval_zi*.txt", rel=REL, gaz=GAZ, out=OUT)
    add_country(OUT)
    sys.exit(rc)

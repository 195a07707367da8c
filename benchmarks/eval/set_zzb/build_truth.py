"""Build benchmarks/eval/set_zzb/truth.jsonl from the annotation specs below (format of set T).

Set ZZB (regional and local press) is held-out. Only what is particular to it lives here: where its
articles are, the ``file`` prefix written into truth, its gazetteer (a copy of set T's) and its specs.
The helpers that find anchors and check every offset are the shared ones in benchmarks/eval/annotate.py.

Besides the fields set T writes, every claim carries the fields the shared README (../README.md) lists:
casualties ``low``/``high``, dates ``basis`` (and ``time_of_day`` where the text gives one), locations
``country``, distances and populations ``qualifier``. The thin wrappers below add them.

    .venv/bin/python benchmarks/eval/set_zzb/build_truth.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/eval: shared helpers
sys.path.insert(0, str(HERE))
import annotate  # noqa: E402
from annotate import DEN, OS, REP, RET, SKIP, A, Art, Specs, W, auto_locations  # noqa: E402
from gazetteer import GAZ  # noqa: E402
from textutil import occurrences  # noqa: E402

ART = HERE / "articles"
REL = "benchmarks/eval/set_zzb/articles/"

SPECS = Specs()
spec = SPECS.register

BASES = ("explicit", "weekday", "relative", "dateline")
VAGUE_LOW = {"several": 3, "dozens": 24}


def K(kind, ctx, value, q="exact", nth=None, low=None):
    """Casualty claim with ``low``/``high`` derived from value and qualifier (shared README rules)."""
    rec = annotate.K(kind, ctx, value, q, nth)
    if q in ("exact", "about"):
        lo, hi = value, value
    elif q == "at_least":
        lo, hi = value, None
    elif q in ("more_than", "over"):
        lo, hi = value + 1, None
    elif q in ("nearly", "up_to"):
        lo, hi = None, value
    else:  # unspecified: vague word
        lo, hi = (low if low is not None else VAGUE_LOW.get(rec["anchor"].lower())), None
    rec["low"], rec["high"] = lo, hi
    return rec


def D(ctx, norm, end=None, basis=None, tod=None, nth=None):
    """Date claim; ``basis`` is required (explicit, weekday, relative, dateline)."""
    assert basis in BASES, (ctx, basis)
    rec = annotate.D(ctx, norm, end, nth)
    rec["basis"] = basis
    if tod:
        rec["time_of_day"] = tod
    return rec


def L(ctx, code, prec, role="place", country=None, nth=None):
    rec = annotate.L(ctx, code, prec, role, nth)
    if country is not None:
        rec["country"] = country
    return rec


def X(ctx, value, unit, measures=None, q="exact", nth=None):
    rec = annotate.X(ctx, value, unit, measures, nth)
    rec["qualifier"] = q
    return rec


def P(ctx, value, q="exact", nth=None):
    rec = annotate.P(ctx, value, nth)
    rec["qualifier"] = q
    return rec


def country_of(c: dict) -> str | None:
    """ISO2 country of a location claim: from admin1, from a country name, null for border features."""
    if "country" in c:
        return c["country"]
    if c["admin1_code"]:
        return c["admin1_code"][:2]
    if c["precision"] == "country":
        a = c["anchor"].lower()
        if "tajik" in a:
            return "TJ"
        if "afghan" in a:
            return "AF"
        raise AssertionError(c)
    return None


def build_all() -> int:
    """annotate.build, plus location ``country`` for the automatic gazetteer claims."""
    names = sorted(p.name for p in ART.glob("eval_zzb*.txt"))
    assert sorted(SPECS) == names, set(SPECS) ^ set(names)
    claims: list[dict] = []
    for name in names:
        annotate.A_ = art = Art(name, ART, REL)
        SPECS[name]()
        auto_locations(art, GAZ)
        seen = set()
        for c in art.claims:
            assert art.text[c["start"]:c["end"]] == c["anchor"], c
            assert occurrences(art.text, c["anchor"])[c["occurrence"]] == c["start"], c
            assert c["start"] >= art.body, c
            k = (c["kind"], c["start"], c["end"])
            assert k not in seen, c
            seen.add(k)
            if c["kind"] == "location":
                c["country"] = country_of(c)
        claims += sorted(art.claims, key=lambda c: (c["start"], c["kind"]))
        annotate.A_ = None
    with open(HERE / "truth.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for c in claims:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    print(f"wrote {len(claims)} claims for {len(names)} files:", json.dumps(counts, sort_keys=True))
    return 0


# --------------------------------------------------------------------------------------------------
# Annotation specs. Conventions: the shared README (../README.md) strictly, plus the judgement calls
# in set_zzb/README.md. Locations not written out below are the gazetteer defaults (auto_locations).
# --------------------------------------------------------------------------------------------------
BT = "Tajikistan's Border Troops"


@spec("eval_zzb01_farkhor_portal.txt")
def _zzb01():  # published 2023-03-16 (Thursday); the crossing on the night of 13 to 14 March
    PS = "press service of the Farkhor district hukumat"
    SKIP("• Two detained with drugs in Dahana")
    SKIP("• Farkhor farmers begin spring sowing")
    SKIP("© 2023 Farkhor District Portal")
    D("[16.03.2023] | 10:42", "2023-03-16", basis="dateline")
    D("On [the night of 13 to 14 March]", "2023-03-13", "2023-03-14", basis="explicit", tod="night")
    A("hukumat [reports]", OS, PS)
    A("[According to the press service]", OS, PS)
    L("crossed from [Afghan territory]", None, "country", role="origin", country="AF")
    K("killed", "[Two] were killed", 2)
    K("detained", "and [three] were detained", 3)
    K("injured", "[One] serviceman received", 1)
    W("Two [Kalashnikov rifles]", "small_arms")
    W("a [pistol]", "firearms")
    K("injured", "\"[None] of the residents", 0)
    A("Nazarov [said]", OS, "Sherali Nazarov, deputy chairman of Farkhor district")
    D("elders on [Wednesday]", "2023-03-15", basis="weekday")
    A("residents [told]", REP, "some residents of Dahana")
    K("injured", "that [a] young man", 1)
    A("hospital [said] it had", DEN, "the district hospital")
    D("[Since the beginning of the year]", "2023-01-01", "2023-03-16", basis="relative")
    K("detained", "detained [11] violators", 11)
    A("press service [added]", OS, PS)
    X("within [500 metres]", 500, "metres", q="up_to")


@spec("eval_zzb02_kulob_radio_transcript.txt")
def _zzb02():  # dated Tuesday 19 July 2022 (no header); the drone on Sunday night, 17 July
    BD = "the regional border department"
    SKIP("Radio Sadoi Kulob")
    D("Morning News, [Tuesday 19 July 2022]", "2022-07-19", basis="dateline")
    D("On [Sunday night]", "2022-07-17", basis="weekday", tod="night")
    W("an [unmanned aircraft]", "drone")
    W("an [explosive device]", "explosives")
    A("department [confirmed]", OS, BD)
    D("confirmed [yesterday]", "2022-07-18", basis="relative")
    L("in [Shuroobod]", "TJ-KT", "town")
    A("It [says] one", OS, BD + " (official statement)")
    K("injured", "says [one] serviceman", 1)
    W("the [drone] came", "drone")
    L("from the [Afghan side]. Nothing", None, "country", role="origin", country="AF")
    A("centre [told] me", REP, "people in the district centre")
    K("injured", "told me [two] soldiers", 2)
    K("injured", "Kulob, not [one]", 1)
    A("named, [said]", REP, "an anonymous nurse at the hospital in Kulob")
    K("injured", "received [two] young men", 2)
    D("post on [Monday morning]", "2022-07-18", basis="weekday", tod="morning")
    A("The border department [says]", OS, BD)
    A("Khwahan, across the river, [told]", DEN, "the Taliban district chief in Khwahan")
    W("no [drone] had been", "drone")
    D("In [May] a drone", "2022-05-01", "2022-05-31", basis="explicit")
    W("May a [drone] fell", "drone")
    K("injured", "and [nobody] was hurt", 0)
    A("Residents [say]", REP, "residents")
    K("detained", "detained [three] men", 3)
    D("three men [yesterday]", "2022-07-18", basis="relative")
    A("police department [said]", OS, "the regional police department")
    W("about [mines] washed", "mine")


@spec("eval_zzb03_gbao_tv_bulletin.txt")
def _zzb03():  # published 2024-09-10 (Tuesday); the blast that morning
    ED = "the Ishkoshim district emergency department"
    D("EVENING BULLETIN — [10 SEPTEMBER 2024]", "2024-09-10", basis="dateline")
    W("[MINE] BLAST", "mine")
    L("BLAST, [ISHKOSHIM]", "TJ-GB", "district")
    K("killed", "[A] herder has been killed", 1)
    K("injured", "and [two] other people", 2)
    W("by a [landmine]", "mine")
    D("happened [this morning]", "2024-09-10", basis="relative", tod="morning")
    A("local officials [say]", OS, "local officials")
    W("stepped on a [mine]", "mine")
    A("emergency department [says]", OS, ED)
    K("injured", "[A] fourteen-year-old boy", 1)
    K("injured", "and [a second] herder", 1)
    L("district hospital in [Ishkoshim]", "TJ-GB", "town")
    L("goes to school in [Ishkoshim]", "TJ-GB", "town")
    SKIP("Ryn village council")
    L("kilometres from [Ishkoshim]", "TJ-GB", "town")
    A("The doctors [tell] us", REP, "doctors (quoted by the head of the Ryn village council)")
    A("Residents [told]", REP, "residents of Ryn")
    K("injured", "that [a third] person", 1)
    A("department [did not confirm]", DEN, ED)
    W("cleared of [mines]", "mine")
    SKIP("Tajikistan National Mine Action Centre")
    A("[according to the Tajikistan National Mine Action Centre]", OS,
      "the Tajikistan National Mine Action Centre")
    D("in Ryn [this afternoon]", "2024-09-10", basis="relative", tod="afternoon")
    A("they [believe]", OS, "specialists of the mine action centre")
    W("the [mine] was carried", "mine")
    D("[Since the start of the year]", "2024-01-01", "2024-09-10", basis="relative")
    W("year, [mines] and", "mine")
    W("[unexploded ordnance]", "explosives")
    K("killed", "killed [three] people", 3)
    K("injured", "injured [seven] in", 7)
    A("[according to regional health officials]", OS, "regional health officials")
    X("some [100 kilometres]", 100, "kilometres", q="about")


@spec("eval_zzb04_chah_ab_channel_roundup.txt")
def _zzb04():  # published 2025-05-06 (Tuesday); the boat went out on Saturday 3 May
    CH = "the Chah Ab Today messaging channel"
    SKIP("Chah Ab Today")
    SKIP("Takhar Local")
    D("Since [Saturday evening]", "2025-05-03", basis="weekday", tod="evening")
    K("missing", "news about [four] fishermen", 4)
    D("[Saturday], 19:12", "2025-05-03", basis="weekday")
    K("missing", "\"[Four] men from Chah Ab", 4)
    D("fishing [this afternoon]", "2025-05-03", basis="relative", tod="afternoon")
    D("[Saturday], 23:40", "2025-05-03", basis="weekday")
    A("Relatives [say]", REP, "relatives (post in " + CH + ")")
    D("[Sunday], 07:05", "2025-05-04", basis="weekday")
    K("killed", "body of [one] fisherman", 1)
    D("found [this morning]", "2025-05-04", basis="relative", tod="morning")
    K("missing", "The other [three] are", 3)
    D("[Sunday], 16:30", "2025-05-04", basis="weekday")
    D("[Monday], 10:15", "2025-05-05", basis="weekday")
    A("Sharafuddin [says]", OS, "Mawlawi Sharafuddin, Chah Ab district police chief")
    A("he [told] elders", DEN, "Mawlawi Sharafuddin, Chah Ab district police chief")
    D("[Monday], 21:50", "2025-05-05", basis="weekday")
    A("earlier post [said]", RET, CH + " (earlier post)")
    K("killed", "said [two] bodies", 2)
    K("killed", "Only [one] has been found", 1)
    D("[Tuesday], 08:20", "2025-05-06", basis="weekday")
    K("killed", "[Dozens] of people have drowned", None, "unspecified", low=24)
    A("residents [say]", REP, "residents")
    D("[Last June]", "2024-06-01", "2024-06-30", basis="explicit")
    K("killed", "June [two] boys", 2)
    A("[according to the district administration]", OS, "the Chah Ab district administration")


@spec("eval_zzb05_darvoz_hospital_statement.txt")
def _zzb05():  # published 2026-01-23 (Friday); the shooting on Wednesday evening, 21 January
    HOS = "the central hospital of Darvoz district (statement)"
    A("has [published a statement]", OS, HOS)
    D("[Wednesday]'s shooting", "2026-01-21", basis="weekday")
    D("evening of [21 January 2026]", "2026-01-21", basis="explicit", tod="evening")
    K("injured", "received [five] persons", 5)
    K("killed", "[One] of them, the driver", 1)
    D("06:10 on [22 January]", "2026-01-22", basis="explicit")
    D("Khorugh on [22 January]", "2026-01-22", basis="explicit")
    D("page on [Thursday evening]", "2026-01-22", basis="weekday", tod="evening")
    A("Border Troops [said]", OS, BT)
    D("said on [Thursday] that", "2026-01-22", basis="weekday")
    L("territory of [Afghanistan]", None, "country", role="origin")
    L("area of [Darwaz] district", "AF-BDS", "district", role="origin")
    K("injured", "that [four] civilians", 4)
    A("Shkev [gave]", REP, "residents of Shkev")
    K("injured", "\"[Six] people were hurt", 6)
    K("injured", "hurt, not [five]", 5)
    A("[said] one villager", REP, "an anonymous villager of Shkev")
    X("about [150 metres]", 150, "metres", q="about")
    A("Kamgar, [said]", DEN, "Ehsanullah Kamgar, spokesman for the Taliban police in Badakhshan")
    L("from the [Afghan side]", None, "country", role="origin", country="AF")
    D("on [Friday morning]", "2026-01-23", basis="weekday", tod="morning")
    D("since [December]", "2025-12-01", "2025-12-31", basis="explicit")
    K("injured", "when [a] lorry driver", 1)


@spec("eval_zzb06_dahana_council_notice.txt")
def _zzb06():  # dated 17 March 2023 (Friday; no header); the incident on the night of 13-14 March
    COUNCIL = "Dahana village council"
    SKIP("Dahana village council")
    D("[17 March 2023]", "2023-03-17", basis="dateline")
    D("on [the night of 13–14 March]", "2023-03-13", "2023-03-14", basis="explicit", tod="night")
    K("injured", "[One] of our fellow villagers", 1)
    D("bullet [that night]", "2023-03-13", "2023-03-14", basis="relative", tod="night")
    K("detained", "[Two] men of the village", 2)
    D("island [that night]", "2023-03-13", "2023-03-14", basis="relative", tod="night")
    A("council [rejects]", DEN, COUNCIL)
    K("killed", "\"[five] villagers", 5)
    K("killed", "[No] resident of Dahana", 0)
    A("[According to the border guards]", OS, "the border guards")
    K("killed", "and [two] of them were killed", 2)
    W("[unexploded ordnance]", "explosives")


@spec("eval_zzb07_ishkoshim_school_newsletter.txt")
def _zzb07():  # dated 20 September 2024 (Friday; no header); the blast on 10 September
    D("issue 3, [20 September 2024]", "2024-09-20", basis="dateline")
    D("began on [2 September]", "2024-09-02", basis="explicit")
    D("classrooms in [August]", "2024-08-01", "2024-08-31", basis="explicit")
    D("know, [ten days ago]", "2024-09-10", basis="relative")
    K("injured", "ago [one] of our pupils", 1)
    W("when a [mine] exploded", "mine")
    K("killed", "[A] herder, Qurbonsho", 1)
    D("him on [Sunday]", "2024-09-15", basis="weekday")
    A("and [says] he hopes", REP, "Gulnora Davlatshoeva, class teacher")
    A("Residents of Ryn [say]", REP, "residents of Ryn")
    K("injured", "say [a] woman", 1)
    D("hurt [that day]", "2024-09-10", basis="relative")
    W("[Mines] can be carried", "mine")
    K("injured", "2019, [three] children", 3)
    W("by [explosive remnants]", "explosives")
    A("[according to the mine action team in Khorugh]", OS, "the mine action team in Khorugh")


@spec("eval_zzb08_panji_poyon_mahalla_newsletter.txt")
def _zzb08():  # dated 4 November 2021 (Thursday; no header); the clash on the night of 28 to 29 October
    D("Issued on [4 November 2021]", "2021-11-04", basis="dateline")
    D("On [Saturday, 30 October]", "2021-10-30", basis="explicit")
    K("killed", "one of [two] servicemen", 2)
    D("on [the night of 28 to 29 October]", "2021-10-28", "2021-10-29", basis="explicit", tod="night")
    A("[According to the Border Troops]", OS, BT)
    K("injured", "[another] serviceman was wounded", 1)
    K("killed", "\"[Three] boys died", 3)
    K("killed", "there, not [two]", 2)
    A("[said] Sherzod's neighbour", REP, "Mavluda Rahimova, a neighbour")
    A("funeral, [told] the family", OS, "the district military commissar")
    D("[The day before yesterday]", "2021-11-02", basis="relative")
    K("detained", "[Three] men of our mahalla", 3)
    D("province in [September]", "2021-09-01", "2021-09-30", basis="explicit")
    D("came home [last week]", "2021-10-28", "2021-11-03", basis="relative")
    A("one of them [said]", REP, "one of the released fishermen")
    D("[This summer]", "2021-06-01", "2021-08-31", basis="relative")
    K("killed", "summer [one] boy", 1)


@spec("eval_zzb09_vanj_week_column.txt")
def _zzb09():  # published 2025-08-14 (Thursday)
    SKIP("By our Vanj correspondent Firuza Qurbonova")
    K("missing", "searching for [a] herder", 1)
    D("missing since [Monday]", "2025-08-11", basis="weekday")
    D("village on [Tuesday]", "2025-08-12", basis="weekday")
    A("[According to the district emergency department]", OS, "the Vanj district emergency department")
    K("killed", "department, [three] people", 3)
    D("[since the beginning of the year]", "2025-01-01", "2025-08-14", basis="relative")
    K("missing", "and [one] man is still missing", 1)
    K("detained", "detained [four] men", 4)
    D("on [Wednesday night]", "2025-08-13", basis="weekday", tod="night")
    A("district police [said]", OS, "the Rushon district police")
    K("detained", "[Two] of them are citizens", 2)
    K("detained", "the other [two] are", 2)
    A("social media [claimed]", REP, "posts on social media")
    K("killed", "\"up to [ten]\"", 10, "up_to")
    D("bank on [Saturday]", "2025-08-09", basis="weekday")
    A("our side [say]", REP, "residents of Vanj")
    D("On [Sunday] a funeral", "2025-08-10", basis="weekday")
    K("killed", "for [two] cousins", 2)
    W("by a [landmine]", "mine")
    D("river [last month]", "2025-07-01", "2025-07-31", basis="relative")
    K("killed", "years [dozens] of people", None, "unspecified")
    K("injured", "years [dozens] of people", None, "unspecified")
    W("maimed by [mines]", "mine")
    A("the elders [say]", REP, "elders of the valley")
    D("[The day before yesterday]", "2025-08-12", basis="relative")
    X("repaired [14-kilometre]", 14, "kilometre")


@spec("eval_zzb10_khatlon_farmers_paper.txt")
def _zzb10():  # published 2024-04-25 (Thursday); the plough blast on Monday 22 April
    K("injured", "[A] tractor driver", 1)
    D("injured on [Monday]", "2024-04-22", basis="weekday")
    W("old [explosive device]", "explosives")
    A("hukumat [said]", OS, "the Shahritus district hukumat")
    L("hospital in [Shahritus]", "TJ-KT", "town")
    K("injured", "[Nobody] else was hurt", 0)
    A("[said] the head of the farm", REP, "Nodira Ergasheva, head of the farm")
    X("about [300 metres]", 300, "metres", q="about")
    D("field on [Tuesday]", "2024-04-23", basis="weekday")
    D("[Last week] border guards", "2024-04-18", "2024-04-24", basis="relative")
    K("detained", "detained [two] workers", 2)
    D("[In March]", "2024-03-01", "2024-03-31", basis="explicit")
    L("from the [Afghan bank]", None, "country", role="origin", country="AF")
    K("injured", "wounded [a] watchman", 1)
    A("[according to farmers]", REP, "farmers")
    A("district police [said]", DEN, "the Shahritus district police")
    L("the [Kaldar] district", "AF-BAL", "district")
    L("of [Balkh] province", "AF-BAL", "region")
    P("some [10,000] people", 10000, "about")
    X("within [one kilometre]", 1, "kilometre", q="up_to")
    A("Ergasheva [said]", REP, "Nodira Ergasheva, head of the farm")


@spec("eval_zzb11_ishkoshim_diaspora_site.txt")
def _zzb11():  # published 2024-10-02 (Wednesday); the second herder died on Sunday 29 September
    W("[Mine] blast near Ryn", "mine")
    K("killed", "Ryn: [second] herder dies", 1)
    K("killed", "that [a second] herder", 1)
    D("Khorugh on [Sunday]", "2024-09-29", basis="weekday")
    W("the [landmine] explosion", "mine")
    D("on [10 September]", "2024-09-10", basis="explicit")
    K("killed", "taken [two] lives", 2)
    D("explosion [on the day]", "2024-09-10", basis="relative")
    A("it [gave] the toll", REP, "regional television")
    K("killed", "toll as [one] killed", 1)
    K("injured", "killed and [two] injured", 2)
    A("Relatives in Ryn [tell] us", REP, "relatives in Ryn")
    D("stones [that morning]", "2024-09-10", basis="relative", tod="morning")
    A("chairman [told]", OS, "the Ishkoshim district chairman")
    D("Khorugh [last week]", "2024-09-25", "2024-10-01", basis="relative")
    W("still [mines]?", "mine")
    X("a [1,344-kilometre] border", 1344, "kilometre", "TJ-AF border")
    W("move old [mines]", "mine")
    SKIP("Gulbahor, Moscow: Condolences")


@spec("eval_zzb12_taloqan_radio_english.txt")
def _zzb12():  # dated 7 May 2025 (Wednesday; no header); the boat went out on Saturday 3 May
    POL = "Mawlawi Sharafuddin, Chah Ab district police chief"
    D("news | [7 May 2025]", "2025-05-07", basis="dateline")
    K("killed", "[Two] more bodies found", 2)
    K("missing", "; [one] fisherman still missing", 1)
    L("[TALOQAN], 7 May", "AF-TAK", "town")
    D("TALOQAN, [7 May 2025]", "2025-05-07", basis="dateline")
    K("killed", "bodies of [two] more", 2)
    D("went missing on [Saturday]", "2025-05-03", basis="weekday")
    K("killed", "dead to [three]", 3)
    A("district officials [said]", OS, "Chah Ab district officials")
    D("said on [Wednesday]. One", "2025-05-07", basis="weekday")
    K("missing", "[One] man is still missing", 1)
    D("boat [four days ago]", "2025-05-03", basis="relative")
    L("on the [Amu River]. Residents", None, "border")
    A("Residents [said]", REP, "residents")
    D("recovered [the following day]", "2025-05-04", basis="relative")
    K("killed", "\"The [two] bodies", 2)
    D("found [yesterday evening]", "2025-05-06", basis="relative", tod="evening")
    X("about [12 kilometres]", 12, "kilometres", q="about")
    A("[said] Mawlawi", OS, POL)
    A("He [said] the fourth", OS, POL)
    K("missing", "said [the fourth] man", 1)
    A("relatives [told]", REP, "some relatives")
    L("from the [Tajik bank]", None, "country", role="origin", country="TJ")
    A("police [rejected]", DEN, "the Chah Ab district police")
    K("killed", "At least [nine] people", 9, "at_least")
    L("in the [Amu River] in Takhar", None, "border")
    D("Takhar [this year]", "2025-01-01", "2025-05-07", basis="relative")
    A("[according to the provincial disaster management department]", OS,
      "the Takhar provincial disaster management department")
    D("on [Wednesday afternoon]", "2025-05-07", basis="weekday", tod="afternoon")


if __name__ == "__main__":
    sys.exit(build_all())

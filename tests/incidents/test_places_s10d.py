"""Places, tenth session (sets Z and ZA): origins ("militants on the Afghan bank of the Amu Darya opened
fire", "shelling from the Tajik bank", "firing from Afghanistan", "armed men stationed on the territory of
Afghanistan"), wire sign-off lines, closing contributor taglines, a place name as the surname of a person
named after a role, and "Permanent Representative of …" as an office name."""

from __future__ import annotations

from .helpers import claims_of, kind


def _locs(text: str) -> list[dict]:
    return kind(claims_of(text), "location")


def _roles(text: str) -> list[tuple[str, str]]:
    return [(c["name"], c["role"]) for c in _locs(text)]


def test_shooters_on_the_afghan_bank_are_an_origin():
    roles = _roles("Two herders from Vanj were hurt when militants on the Afghan bank of the Amu Darya opened fire.")
    assert ("Afghan bank", "origin") in roles
    roles = _roles("Snipers on the Afghan side fired at a patrol near Khorugh on Monday.")
    assert ("Afghan side", "origin") in roles


def test_watching_from_the_afghan_bank_is_no_place():
    names = [n for n, _ in _roles("A boy on the Afghan bank was waving at the guards near Khorugh.")]
    assert "Afghan bank" not in names


def test_fire_from_the_tajik_bank_is_an_origin():
    locs = _locs("Kunduz police said one of their men was wounded by shelling from the Tajik bank on Friday.")
    hit = [c for c in locs if c["name"].endswith("Tajik bank")]
    assert hit and hit[0]["role"] == "origin" and hit[0]["country"] == "TJ"


def test_firing_from_and_territory_of_a_country():
    assert ("Afghanistan", "origin") in _roles("Officials in Vanj said men firing from Afghanistan hit a truck.")
    assert ("Afghanistan", "origin") in _roles(
        "Armed men stationed on the territory of Afghanistan shot at a road crew near Khorugh.")


def test_wire_sign_off_names_no_place():
    text = ("KHORUGH, May 3 (Northline) - Two guards were wounded near Ishkoshim on Friday.\n\n"
            "(Reporting by Nilufar Saidova in Khorugh and Jawed Baghlan in Kunduz; Editing by Ann Reed)\n")
    starts = [c["start"] for c in _locs(text)]
    assert all(s < text.index("(Reporting") for s in starts)


def test_closing_tagline_names_no_place():
    text = ("Two guards were wounded near Ishkoshim on Friday, officials said.\n\n"
            "Rustam Nazarov is a security researcher based in Khujand.\n")
    assert "Khujand" not in [n for n, _ in _roles(text)]


def test_surname_after_a_role_is_no_place():
    text = "Two guards were wounded near Ishkoshim. Our reporter Davron Ghafurov spent the day there."
    assert "Ghafurov" not in [n for n, _ in _roles(text)]


def test_permanent_representative_is_an_office():
    text = ("Statement by the Permanent Representative of the Republic of Tajikistan. "
            "The Republic of Tajikistan condemns the attack near Ishkoshim.")
    starts = [c["start"] for c in _locs(text) if c["name"] == "Republic of Tajikistan"]
    assert starts == [text.index("The Republic") + 4]


def test_afghan_bank_origin_reaches_the_finder_without_a_place_name():
    """The sentence names no gazetteer place and holds no "from"/"border": the location gate in
    extract.py still passes it on for the shooters' bank."""
    locs = _locs("Unknown gunmen on the Afghan bank opened fire on a fishing boat on Sunday.")
    assert [(c["name"], c["role"], c["country"]) for c in locs] == [("Afghan bank", "origin", "AF")]

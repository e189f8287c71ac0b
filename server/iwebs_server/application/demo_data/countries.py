"""Countries the demo utility can be set in: regions, agency towns with their GPS centre,
quartiers, phone numbering plans, identity documents and currency.

Coordinates are the towns' real centres (WGS 84, degrees); premises are scattered around
them within `spread_deg`, and always kept inside the country's bounding box.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Town:
    """An agency's town: the agency code suffix, its name, GPS centre and quartiers."""

    code: str
    name: str
    latitude: float
    longitude: float
    quartiers: tuple[str, ...]
    spread_deg: float = 0.03
    weight: int = 1  # relative number of subscribers
    agency_code: str = ""  # default: REGION-TOWN; the demo's own agencies keep theirs


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    towns: tuple[Town, ...]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str
    currency_code: str  # ISO 4217; XOF and XAF have no minor unit
    calling_code: str
    mobile_prefixes: tuple[str, ...]  # first digits of a mobile national number
    national_digits: int
    phone_groups: tuple[int, ...]  # how national digits are grouped when written
    # (min latitude, max latitude, min longitude, max longitude)
    bounding_box: tuple[float, float, float, float]
    regions: tuple[Region, ...]
    family_groups: tuple[str, ...]  # name groups of names.py, most frequent first
    person_id_document: str  # id_document_type code
    organisation_id_document: str
    utility_name: str

    def format_phone(self, national: str) -> str:
        """'+221 77 123 45 67' from '771234567'."""
        parts: list[str] = []
        start = 0
        for size in self.phone_groups:
            parts.append(national[start : start + size])
            start += size
        return f"+{self.calling_code} " + " ".join(parts)

    def contains(self, latitude: float, longitude: float) -> bool:
        south, north, west, east = self.bounding_box
        return south <= latitude <= north and west <= longitude <= east


def _t(
    code: str,
    name: str,
    lat: float,
    lon: float,
    quartiers: tuple[str, ...],
    spread: float = 0.03,
    weight: int = 1,
    agency_code: str = "",
) -> Town:
    return Town(code, name, lat, lon, quartiers, spread, weight, agency_code)


SENEGAL = Country(
    code="SN",
    name="Sénégal",
    currency_code="XOF",
    calling_code="221",
    mobile_prefixes=("77", "78", "76", "70", "75"),
    national_digits=9,
    phone_groups=(2, 3, 2, 2),
    bounding_box=(12.30, 16.70, -17.55, -11.35),
    family_groups=("wolof", "pulaar", "serer", "mandinka", "diola", "bambara"),
    person_id_document="CNI",
    organisation_id_document="NINEA",
    utility_name="Société des Eaux et d'Électricité du Sénégal (démo)",
    regions=(
        Region(
            "DK",
            "Dakar",
            (
                _t(
                    "PLT",
                    "Dakar Plateau",
                    14.6708,
                    -17.4381,
                    ("Plateau", "Rebeuss", "Kermel", "Sandaga", "Tound"),
                    0.008,
                    3,
                    "DKR-PLATEAU",  # the agency of `iwebs demo` (application/demo_seed.py)
                ),
                _t(
                    "MED",
                    "Médina",
                    14.6840,
                    -17.4530,
                    ("Médina", "Gueule Tapée", "Fass", "Colobane", "Fann Hock"),
                    0.008,
                    3,
                ),
                _t(
                    "GYF",
                    "Grand-Yoff",
                    14.7310,
                    -17.4500,
                    (
                        "Grand-Yoff",
                        "Liberté 6",
                        "HLM Grand-Yoff",
                        "Dieuppeul",
                        "Sicap Baobabs",
                        "Khar Yalla",
                    ),
                    0.012,
                    4,
                ),
                _t(
                    "PAS",
                    "Parcelles Assainies",
                    14.7640,
                    -17.4410,
                    ("Unité 10", "Unité 15", "Unité 22", "Cambérène", "Grand Médine"),
                    0.01,
                    4,
                ),
                _t(
                    "PIK",
                    "Pikine",
                    14.7550,
                    -17.3900,
                    ("Thiaroye", "Guinaw Rails", "Pikine Icotaf", "Dalifort", "Diamaguène"),
                    0.012,
                    5,
                ),
                _t(
                    "GDW",
                    "Guédiawaye",
                    14.7770,
                    -17.3950,
                    (
                        "Golf Sud",
                        "Sam Notaire",
                        "Ndiarème Limamoulaye",
                        "Wakhinane Nimzatt",
                        "Médina Gounass",
                    ),
                    0.01,
                    4,
                ),
                _t(
                    "RUF",
                    "Rufisque",
                    14.7160,
                    -17.2730,
                    ("Keury Kao", "Dangou", "Diokoul", "Thiawlène", "Colobane Rufisque"),
                    0.015,
                    3,
                ),
                _t(
                    "KMS",
                    "Keur Massar",
                    14.7830,
                    -17.3110,
                    ("Keur Massar", "Jaxaay", "Malika", "Yeumbeul Nord"),
                    0.015,
                    3,
                ),
            ),
        ),
        Region(
            "TH",
            "Thiès",
            (
                _t(
                    "THS",
                    "Thiès",
                    14.7910,
                    -16.9260,
                    (
                        "Randoulène",
                        "Médina Fall",
                        "Grand Thiès",
                        "Cité Lamy",
                        "Nguinth",
                        "Takhikao",
                    ),
                    0.025,
                    4,
                    "THS-CENTRE",
                ),
                _t(
                    "MBR",
                    "Mbour",
                    14.4160,
                    -16.9650,
                    ("Médine", "Grand Mbour", "Saly Portudal", "Tefess", "Oncad"),
                    0.025,
                    3,
                ),
                _t(
                    "TIV",
                    "Tivaouane",
                    14.9500,
                    -16.8200,
                    ("Keur Khaly", "Fogny", "Médina Tivaouane"),
                    0.02,
                    1,
                ),
            ),
        ),
        Region(
            "DB",
            "Diourbel",
            (
                _t(
                    "DBL",
                    "Diourbel",
                    14.6550,
                    -16.2310,
                    ("Keur Goumack", "Escale", "Cheikh Anta", "Thierno Kandji"),
                    0.02,
                    2,
                ),
                _t(
                    "TBA",
                    "Touba",
                    14.8600,
                    -15.8800,
                    (
                        "Darou Marnane",
                        "Darou Khoudoss",
                        "Guédé Bousso",
                        "Touba Mosquée",
                        "Darou Minam",
                    ),
                    0.035,
                    4,
                ),
                _t(
                    "MBK",
                    "Mbacké",
                    14.7900,
                    -15.9080,
                    ("Mbacké Escale", "Darou Salam", "Khaïra"),
                    0.02,
                    1,
                ),
            ),
        ),
        Region(
            "SL",
            "Saint-Louis",
            (
                _t(
                    "SLO",
                    "Saint-Louis",
                    16.0260,
                    -16.4890,
                    ("Sor", "Guet Ndar", "Balacoss", "Pikine Saint-Louis", "Léona"),
                    0.02,
                    3,
                ),
                _t(
                    "RTL",
                    "Richard-Toll",
                    16.4620,
                    -15.7000,
                    ("Khouma", "Escale Richard-Toll", "Ndiangué"),
                    0.02,
                    1,
                ),
                _t("POD", "Podor", 16.6520, -14.9590, ("Podor Escale", "Thioffy"), 0.015, 1),
            ),
        ),
        Region(
            "LG",
            "Louga",
            (
                _t(
                    "LGA",
                    "Louga",
                    15.6190,
                    -16.2240,
                    ("Artillerie", "Montagne Nord", "Keur Serigne Louga", "Thiokhna"),
                    0.02,
                    2,
                ),
                _t("LIN", "Linguère", 15.3950, -15.1170, ("Linguère Escale", "Ngaraf"), 0.015, 1),
                _t("KBM", "Kébémer", 15.3700, -16.4430, ("Kébémer Escale", "Santhiaba"), 0.015, 1),
            ),
        ),
        Region(
            "KL",
            "Kaolack",
            (
                _t(
                    "KLK",
                    "Kaolack",
                    14.1460,
                    -16.0730,
                    ("Médina Baye", "Léona Kaolack", "Kasnack", "Sam", "Ndorong"),
                    0.025,
                    3,
                ),
                _t(
                    "NIO",
                    "Nioro du Rip",
                    13.7500,
                    -15.7800,
                    ("Nioro Escale", "Keur Ayip"),
                    0.015,
                    1,
                ),
            ),
        ),
        Region(
            "FK",
            "Fatick",
            (
                _t(
                    "FTK",
                    "Fatick",
                    14.3390,
                    -16.4110,
                    ("Ndiaye Ndiaye", "Peulgha", "Logandème"),
                    0.015,
                    1,
                ),
                _t(
                    "FDG",
                    "Foundiougne",
                    14.1330,
                    -16.4670,
                    ("Foundiougne Escale", "Ndorong"),
                    0.01,
                    1,
                ),
            ),
        ),
        Region(
            "KF",
            "Kaffrine",
            (
                _t(
                    "KFR",
                    "Kaffrine",
                    14.1060,
                    -15.5510,
                    ("Diamaguène", "Escale", "Médina"),
                    0.015,
                    1,
                ),
            ),
        ),
        Region(
            "KD",
            "Kolda",
            (
                _t(
                    "KLD",
                    "Kolda",
                    12.8940,
                    -14.9410,
                    ("Sikilo", "Saré Moussa", "Bouna Kane"),
                    0.015,
                    1,
                ),
                _t(
                    "VEL",
                    "Vélingara",
                    13.1470,
                    -14.1080,
                    ("Vélingara Escale", "Thiankang"),
                    0.012,
                    1,
                ),
            ),
        ),
        Region(
            "ZG",
            "Ziguinchor",
            (
                _t(
                    "ZIG",
                    "Ziguinchor",
                    12.5830,
                    -16.2720,
                    ("Boucotte", "Kandé", "Lyndiane", "Tilène", "Néma"),
                    0.02,
                    2,
                ),
                _t("BIG", "Bignona", 12.8100, -16.2260, ("Bignona Escale", "Badionkoto"), 0.012, 1),
            ),
        ),
        Region(
            "SD",
            "Sédhiou",
            (_t("SDH", "Sédhiou", 12.7080, -15.5570, ("Santassou", "Moricounda"), 0.012, 1),),
        ),
        Region(
            "TC",
            "Tambacounda",
            (
                _t(
                    "TBC",
                    "Tambacounda",
                    13.7700,
                    -13.6670,
                    ("Pont", "Abattoirs", "Dépôt", "Gourel", "Médina Coura"),
                    0.02,
                    2,
                ),
            ),
        ),
        Region(
            "KG",
            "Kédougou",
            (_t("KDG", "Kédougou", 12.5560, -12.1740, ("Dandé Mayo", "Lawol Tamba"), 0.012, 1),),
        ),
        Region(
            "MT",
            "Matam",
            (
                _t("MTM", "Matam", 15.6560, -13.2550, ("Gourel Serigne", "Tantadji"), 0.012, 1),
                _t(
                    "OUR",
                    "Ourossogui",
                    15.6050,
                    -13.3220,
                    ("Ourossogui Escale", "Ndouloumadji"),
                    0.012,
                    1,
                ),
            ),
        ),
    ),
)

COTE_DIVOIRE = Country(
    code="CI",
    name="Côte d'Ivoire",
    currency_code="XOF",
    calling_code="225",
    mobile_prefixes=("07", "05", "01"),
    national_digits=10,
    phone_groups=(2, 2, 2, 2, 2),
    bounding_box=(4.35, 10.74, -8.60, -2.49),
    family_groups=("akan", "dioula", "bambara", "mandinka", "pulaar"),
    person_id_document="CNI",
    organisation_id_document="RCCM",
    utility_name="Compagnie des Eaux et d'Électricité de Côte d'Ivoire (démo)",
    regions=(
        Region(
            "AB",
            "Abidjan",
            (
                _t(
                    "COC",
                    "Cocody",
                    5.3600,
                    -3.9800,
                    ("Riviera 2", "Angré", "Deux Plateaux", "Blockhauss"),
                    0.02,
                    4,
                ),
                _t(
                    "YOP",
                    "Yopougon",
                    5.3400,
                    -4.0800,
                    ("Niangon", "Sicogi", "Selmer", "Toits Rouges", "Wassakara"),
                    0.02,
                    5,
                ),
                _t("ABO", "Abobo", 5.4200, -4.0200, ("Abobo Gare", "PK 18", "Anonkoua"), 0.02, 4),
                _t(
                    "TRV",
                    "Treichville",
                    5.2950,
                    -4.0050,
                    ("Arras", "Biafra", "Belleville"),
                    0.01,
                    2,
                ),
            ),
        ),
        Region(
            "VB",
            "Vallée du Bandama",
            (
                _t(
                    "BKE",
                    "Bouaké",
                    7.6900,
                    -5.0300,
                    ("Koko", "Air France", "Dar-es-Salam", "Belleville Bouaké"),
                    0.03,
                    3,
                ),
            ),
        ),
        Region(
            "YM",
            "Yamoussoukro",
            (
                _t(
                    "YAM",
                    "Yamoussoukro",
                    6.8200,
                    -5.2770,
                    ("Habitat", "Dioulakro", "Morofé"),
                    0.025,
                    2,
                ),
            ),
        ),
        Region(
            "SV",
            "Savanes",
            (
                _t(
                    "KRG",
                    "Korhogo",
                    9.4580,
                    -5.6290,
                    ("Soba", "Petit Paris", "Haoussabougou"),
                    0.025,
                    2,
                ),
            ),
        ),
        Region(
            "BS",
            "Bas-Sassandra",
            (_t("SPD", "San-Pédro", 4.7480, -6.6360, ("Bardot", "Séwéké", "Lac"), 0.02, 2),),
        ),
        Region(
            "MN",
            "Montagnes",
            (
                _t(
                    "MAN",
                    "Man",
                    7.4120,
                    -7.5530,
                    ("Libreville", "Domoraud", "Grand Gbapleu"),
                    0.02,
                    1,
                ),
            ),
        ),
    ),
)

CAMEROON = Country(
    code="CM",
    name="Cameroun",
    currency_code="XAF",
    calling_code="237",
    mobile_prefixes=("67", "69", "65", "68", "62"),
    national_digits=9,
    phone_groups=(1, 2, 2, 2, 2),
    bounding_box=(1.65, 13.08, 8.49, 16.19),
    family_groups=("cameroon", "pulaar"),
    person_id_document="CNI",
    organisation_id_document="RCCM",
    utility_name="Compagnie d'Eau et d'Électricité du Cameroun (démo)",
    regions=(
        Region(
            "CE",
            "Centre",
            (
                _t(
                    "YDE",
                    "Yaoundé",
                    3.8480,
                    11.5020,
                    ("Mvog-Ada", "Biyem-Assi", "Essos", "Mokolo", "Nkolbisson", "Bastos"),
                    0.03,
                    5,
                ),
            ),
        ),
        Region(
            "LT",
            "Littoral",
            (
                _t(
                    "DLA",
                    "Douala",
                    4.0510,
                    9.7680,
                    ("Akwa", "Bonabéri", "Deïdo", "New Bell", "Makepe", "Bonapriso"),
                    0.03,
                    6,
                ),
            ),
        ),
        Region(
            "OU",
            "Ouest",
            (_t("BFS", "Bafoussam", 5.4780, 10.4170, ("Tamdja", "Djeleng", "Kouogouo"), 0.02, 2),),
        ),
        Region(
            "NO",
            "Nord",
            (_t("GAR", "Garoua", 9.3010, 13.3980, ("Roumdé Adjia", "Lopéré", "Yelwa"), 0.02, 2),),
        ),
        Region(
            "EN",
            "Extrême-Nord",
            (_t("MRA", "Maroua", 10.5960, 14.3240, ("Domayo", "Dougoï", "Kakataré"), 0.02, 2),),
        ),
    ),
)

COUNTRIES: dict[str, Country] = {c.code: c for c in (SENEGAL, COTE_DIVOIRE, CAMEROON)}


def country(code: str) -> Country:
    try:
        return COUNTRIES[code.upper()]
    except KeyError:
        raise ValueError(
            f"unknown country {code!r}; known: {', '.join(sorted(COUNTRIES))}"
        ) from None

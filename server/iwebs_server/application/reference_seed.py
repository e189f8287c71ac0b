"""The standard reference lists of a West African water and electricity utility (PAR-2).

`seed_reference_data` adds the items that are missing and never changes an existing one:
an administrator's edits (labels, deactivations) survive a second run, so it is safe for
`iwebs-server init` (every fresh install gets the standard lists), `iwebs demo` and the
demo-data generator alike. Codes are stable identifiers stored in records; labels are
French and English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from iwebs_server.application.clock import Clock, new_id
from iwebs_server.domain.reference_tables import ReferenceTable as T
from iwebs_server.persistence.tables.reference_data import ReferenceItemRow
from iwebs_server.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StandardItem:
    table: T
    code: str
    label_fr: str
    label_en: str
    attributes: dict[str, Any] = field(default_factory=dict)


def _items(table: T, *rows: tuple[Any, ...]) -> tuple[StandardItem, ...]:
    return tuple(StandardItem(table, r[0], r[1], r[2], r[3] if len(r) > 3 else {}) for r in rows)


ELECTRICITY = {"service": "electricity"}
WATER = {"service": "water"}

STANDARD_ITEMS: tuple[StandardItem, ...] = (
    *_items(
        T.CUSTOMER_CATEGORY,
        ("DOM", "Domestique", "Domestic"),
        ("PRO", "Professionnel", "Business"),
        ("ADM", "Administration", "Government"),
        ("IND", "Industriel", "Industrial"),
        ("COL", "Collectivité locale", "Local authority"),
        ("ASS", "Association / ONG", "Association / NGO"),
        ("CUL", "Lieu de culte", "Place of worship"),
        ("AGR", "Agricole / maraîcher", "Agricultural / market gardening"),
        ("AGT", "Agent de la société", "Utility employee"),
    ),
    *_items(
        T.ID_DOCUMENT_TYPE,
        (
            "CNI",
            "Carte nationale d'identité (CEDEAO)",
            "National identity card (ECOWAS)",
            {"customer_kind": "person"},
        ),
        ("PASSEPORT", "Passeport", "Passport", {"customer_kind": "person"}),
        ("CARTE_SEJOUR", "Carte de séjour", "Residence permit", {"customer_kind": "person"}),
        ("CARTE_CONSULAIRE", "Carte consulaire", "Consular card", {"customer_kind": "person"}),
        ("PERMIS", "Permis de conduire", "Driving licence", {"customer_kind": "person"}),
        (
            "NINEA",
            "NINEA (identifiant fiscal)",
            "NINEA (tax identifier)",
            {"customer_kind": "organisation"},
        ),
        (
            "RCCM",
            "Registre du commerce (RCCM)",
            "Trade register (RCCM)",
            {"customer_kind": "organisation"},
        ),
    ),
    *_items(
        T.PRODUCT,
        (
            "CONVENTIONAL",
            "Conventionnel (post-paiement)",
            "Conventional (post-paid)",
            {"prepaid": False},
        ),
        ("PREPAID", "Prépaiement (type Woyofal)", "Prepaid (Woyofal-like)", {"prepaid": True}),
    ),
    *_items(
        T.TARIFF_CATEGORY,
        ("DPP", "Domestique petite puissance", "Domestic, small power", ELECTRICITY),
        ("DMP", "Domestique moyenne puissance", "Domestic, medium power", ELECTRICITY),
        ("DGP", "Domestique grande puissance", "Domestic, large power", ELECTRICITY),
        ("PPP", "Professionnel petite puissance", "Business, small power", ELECTRICITY),
        ("PMP", "Professionnel moyenne puissance", "Business, medium power", ELECTRICITY),
        ("PGP", "Professionnel grande puissance", "Business, large power", ELECTRICITY),
        ("MT", "Moyenne tension général", "Medium voltage, general", ELECTRICITY),
        ("EP", "Éclairage public", "Public lighting", ELECTRICITY),
        ("EAU-SOC", "Eau tranche sociale", "Water, social band", WATER),
        ("EAU-DOM", "Eau domestique", "Water, domestic", WATER),
        ("EAU-PRO", "Eau professionnelle", "Water, business", WATER),
        ("EAU-ADM", "Eau administration", "Water, government", WATER),
        ("EAU-BF", "Borne-fontaine", "Public standpipe", WATER),
        ("EAU-MAR", "Eau maraîchère", "Water, market gardening", WATER),
    ),
    *_items(
        T.METER_MAKE,
        ("ITRON", "Itron", "Itron"),
        ("LANDIS", "Landis+Gyr", "Landis+Gyr"),
        ("SAGEMCOM", "Sagemcom", "Sagemcom"),
        ("HEXING", "Hexing", "Hexing"),
        ("SENSUS", "Sensus", "Sensus"),
        ("ELSTER", "Elster", "Elster"),
        ("ZENNER", "Zenner", "Zenner"),
        ("INHEMETER", "Inhemeter", "Inhemeter"),
        ("CONLOG", "Conlog", "Conlog"),
        ("ISKRAEMECO", "Iskraemeco", "Iskraemeco"),
    ),
    *_items(
        T.METER_TYPE,
        (
            "ELEC-MONO",
            "Électrique monophasé",
            "Electricity, single-phase",
            {"service": "electricity", "phases": 1, "prepaid": False},
        ),
        (
            "ELEC-TRI",
            "Électrique triphasé",
            "Electricity, three-phase",
            {"service": "electricity", "phases": 3, "prepaid": False},
        ),
        (
            "ELEC-MONO-PP",
            "Électrique monophasé à prépaiement (STS)",
            "Electricity, single-phase prepaid (STS)",
            {"service": "electricity", "phases": 1, "prepaid": True},
        ),
        (
            "ELEC-TRI-PP",
            "Électrique triphasé à prépaiement (STS)",
            "Electricity, three-phase prepaid (STS)",
            {"service": "electricity", "phases": 3, "prepaid": True},
        ),
        (
            "ELEC-DT",
            "Électrique double tarif (heures pleines / creuses)",
            "Electricity, dual rate (peak / off-peak)",
            {"service": "electricity", "phases": 3, "prepaid": False, "registers": 2},
        ),
        (
            "ELEC-MT",
            "Comptage moyenne tension (TC/TT)",
            "Medium-voltage metering (CT/VT)",
            {"service": "electricity", "phases": 3, "prepaid": False},
        ),
        ("EAU-VOL", "Eau volumétrique", "Water, volumetric (piston)", {"service": "water"}),
        ("EAU-JU", "Eau jet unique", "Water, single jet", {"service": "water"}),
        ("EAU-JM", "Eau jets multiples", "Water, multi-jet", {"service": "water"}),
        (
            "EAU-WOL",
            "Eau Woltmann (gros calibre)",
            "Water, Woltmann (large bore)",
            {"service": "water"},
        ),
    ),
    *_items(
        T.CALIBRE,
        *(
            (f"DN{mm}", f"{mm} mm", f"{mm} mm", {"diameter_mm": mm})
            for mm in (15, 20, 25, 30, 40, 50, 65, 80, 100, 150)
        ),
    ),
    *_items(
        T.READING_ANOMALY,
        ("INACCESSIBLE", "Compteur inaccessible", "Meter not accessible", {"estimate": True}),
        (
            "ABSENT",
            "Abonné absent / portail fermé",
            "Customer absent / gate closed",
            {"estimate": True},
        ),
        ("DOG", "Chien dangereux", "Dangerous dog", {"estimate": True}),
        ("ILLEGIBLE", "Cadran illisible", "Dial illegible", {"estimate": True}),
        ("STOPPED", "Compteur bloqué", "Meter stopped", {"estimate": True}),
        ("BROKEN", "Compteur cassé", "Meter broken", {"estimate": True}),
        (
            "BACKWARDS",
            "Index inférieur au précédent",
            "Reading below the previous one",
            {"estimate": False},
        ),
        ("ROLLOVER", "Passage à zéro du compteur", "Meter roll-over", {"estimate": False}),
        ("SEAL_BROKEN", "Scellé rompu", "Seal broken", {"estimate": False}),
        ("FRAUD", "Fraude suspectée", "Suspected fraud", {"estimate": False}),
        ("ILLEGAL", "Branchement illicite", "Illegal connection", {"estimate": False}),
        ("LEAK", "Fuite apparente", "Visible leak", {"estimate": False}),
        ("REMOVED", "Compteur déposé", "Meter removed", {"estimate": True}),
        ("VACANT", "Local inoccupé", "Premises vacant", {"estimate": False}),
        ("MISMATCH", "Numéro de compteur différent", "Different meter serial", {"estimate": True}),
    ),
    *_items(
        T.PAYMENT_MODE,
        ("CASH", "Espèces", "Cash", {"kind": "cash", "reference_required": False}),
        (
            "CHEQUE",
            "Chèque",
            "Cheque",
            {"kind": "cheque", "reference_required": True, "bank_required": True},
        ),
        (
            "ORANGE_MONEY",
            "Orange Money",
            "Orange Money",
            {"kind": "mobile_money", "reference_required": True},
        ),
        ("WAVE", "Wave", "Wave", {"kind": "mobile_money", "reference_required": True}),
        (
            "FREE_MONEY",
            "Free Money",
            "Free Money",
            {"kind": "mobile_money", "reference_required": True},
        ),
        (
            "MTN_MOMO",
            "MTN Mobile Money",
            "MTN Mobile Money",
            {"kind": "mobile_money", "reference_required": True},
        ),
        (
            "MOOV_MONEY",
            "Moov Money",
            "Moov Money",
            {"kind": "mobile_money", "reference_required": True},
        ),
        (
            "TRANSFER",
            "Virement bancaire",
            "Bank transfer",
            {"kind": "transfer", "reference_required": True, "bank_required": True},
        ),
        ("CARD", "Carte bancaire", "Bank card", {"kind": "card", "reference_required": True}),
    ),
    *_items(
        T.BANK,
        ("CBAO", "CBAO Groupe Attijariwafa bank", "CBAO Attijariwafa bank group"),
        ("SGBS", "Société Générale Sénégal", "Société Générale Senegal"),
        ("BICIS", "BICIS", "BICIS"),
        ("ECOBANK", "Ecobank", "Ecobank"),
        ("BOA", "Bank of Africa", "Bank of Africa"),
        ("UBA", "United Bank for Africa", "United Bank for Africa"),
        ("CORIS", "Coris Bank International", "Coris Bank International"),
        ("ORABANK", "Orabank", "Orabank"),
        ("BHS", "Banque de l'Habitat du Sénégal", "Banque de l'Habitat du Sénégal"),
        (
            "BNDE",
            "Banque Nationale pour le Développement Économique",
            "National Bank for Economic Development",
        ),
        ("BSIC", "BSIC", "BSIC"),
        ("LBO", "La Banque Outarde", "La Banque Outarde"),
        ("CRCA", "Crédit Agricole (CNCAS)", "Crédit Agricole (CNCAS)"),
        ("POSTE", "La Poste / Postefinances", "Post office / Postefinances"),
    ),
    *_items(
        T.CASH_DENOMINATION,
        *(
            (
                f"XOF-B{v}",
                f"Billet de {v:,} F CFA".replace(",", " "),
                f"{v:,} CFA franc note",
                {"value": v, "kind": "note", "currency": "XOF"},
            )
            for v in (10000, 5000, 2000, 1000, 500)
        ),
        *(
            (
                f"XOF-P{v}",
                f"Pièce de {v} F CFA",
                f"{v} CFA franc coin",
                {"value": v, "kind": "coin", "currency": "XOF"},
            )
            for v in (500, 250, 200, 100, 50, 25, 10, 5, 1)
        ),
    ),
    *_items(
        T.MISC_FEE,
        # amount 0: the cashier types it (a quote's amount is on the quote)
        ("DEVIS", "Paiement de devis", "Quote payment", {"amount": 0, "reference_required": True}),
        (
            "DUPLICATA",
            "Duplicata de facture",
            "Bill duplicate",
            {"amount": 500, "reference_required": False},
        ),
        (
            "REMISE",
            "Frais de remise en service",
            "Reconnection fee",
            {"amount": 5000, "reference_required": False},
        ),
        (
            "MUTATION",
            "Frais de mutation",
            "Transfer of subscription fee",
            {"amount": 2500, "reference_required": False},
        ),
        (
            "PENALITE",
            "Pénalité de retard",
            "Late payment penalty",
            {"amount": 1000, "reference_required": False},
        ),
        (
            "CAUTION",
            "Dépôt de garantie",
            "Security deposit",
            {"amount": 0, "reference_required": False},
        ),
    ),
    *_items(
        T.DISBURSEMENT_TYPE,
        ("REFUND", "Remboursement client", "Customer refund", {"refund": True}),
        ("STAMPS", "Achat de timbres", "Purchase of stamps", {"refund": False}),
        ("PETTY", "Menues dépenses", "Petty expenses", {"refund": False}),
        ("TRANSPORT", "Frais de transport", "Transport costs", {"refund": False}),
    ),
    *_items(
        T.REQUEST_TYPE,
        ("BRANCHEMENT", "Branchement", "Connection", {"quote": True, "works": True}),
        (
            "BRANCHEMENT_EXT",
            "Branchement avec extension de réseau",
            "Connection with network extension",
            {"quote": True, "works": True},
        ),
        (
            "BRANCHEMENT_ABO",
            "Branchement et abonnement",
            "Connection and subscription",
            {"quote": True, "works": True},
        ),
        ("ABONNEMENT", "Abonnement", "Subscription", {"quote": True, "works": False}),
        ("RESILIATION", "Résiliation", "Termination", {"quote": False, "works": True}),
        ("REABONNEMENT", "Réabonnement", "Re-subscription", {"quote": True, "works": False}),
        (
            "REMPLACEMENT_COMPTEUR",
            "Remplacement de compteur",
            "Meter replacement",
            {"quote": True, "works": True},
        ),
        (
            "AUGMENTATION_PUISSANCE",
            "Augmentation de puissance",
            "Power increase",
            {"quote": True, "works": True},
        ),
        (
            "DIMINUTION_PUISSANCE",
            "Diminution de puissance",
            "Power decrease",
            {"quote": True, "works": True},
        ),
        (
            "CORRECTION_ABONNEMENT",
            "Correction des données d'abonnement",
            "Subscription data correction",
            {"quote": False, "works": False},
        ),
        (
            "CORRECTION_BRANCHEMENT",
            "Correction des données de branchement",
            "Connection data correction",
            {"quote": False, "works": False},
        ),
        (
            "CORRECTION_COMPTEUR",
            "Correction des données de compteur",
            "Meter data correction",
            {"quote": False, "works": False},
        ),
        (
            "CORRECTION_ADRESSE",
            "Correction d'adresse",
            "Address correction",
            {"quote": False, "works": False},
        ),
        (
            "CHANGEMENT_PRODUIT",
            "Changement de produit (conventionnel / prépaiement)",
            "Product change (conventional / prepaid)",
            {"quote": True, "works": True},
        ),
        (
            "TRANSFERT_GROUPE",
            "Rattachement à un compte groupé",
            "Transfer into a grouped account",
            {"quote": False, "works": False},
        ),
        (
            "ETALONNAGE",
            "Étalonnage de compteur",
            "Meter calibration",
            {"quote": True, "works": True},
        ),
        (
            "PUISSANCE_MT",
            "Changement de puissance installée (MT)",
            "Change of installed power (MV)",
            {"quote": True, "works": True},
        ),
        (
            "REMBOURSEMENT_TRAVAUX",
            "Remboursement de travaux non réalisés",
            "Refund of works not done",
            {"quote": False, "works": False},
        ),
        (
            "REMBOURSEMENT_AVANCE",
            "Remboursement d'avance sur consommation",
            "Refund of advance on consumption",
            {"quote": False, "works": False},
        ),
        (
            "INTERVENTION",
            "Intervention technique",
            "Technical intervention",
            {"quote": False, "works": True},
        ),
        ("DEPANNAGE", "Dépannage", "Breakdown repair", {"quote": False, "works": True}),
        ("ECLAIRAGE_PUBLIC", "Éclairage public", "Public lighting", {"quote": True, "works": True}),
        ("PRECONTENTIEUX", "Précontentieux", "Pre-litigation", {"quote": False, "works": False}),
    ),
    *_items(
        T.ROUND_GROUPING,
        ("CENTRE", "Secteur centre", "Central sector"),
        ("NORD", "Secteur nord", "Northern sector"),
        ("SUD", "Secteur sud", "Southern sector"),
        ("EST", "Secteur est", "Eastern sector"),
        ("OUEST", "Secteur ouest", "Western sector"),
        ("PERIPHERIE", "Périphérie", "Outskirts"),
        ("GROS_CLIENTS", "Gros clients", "Large customers"),
    ),
    *_items(
        T.SEAL_POSITION,
        ("COUVERCLE", "Couvercle du compteur", "Meter cover"),
        ("BORNIER", "Cache-bornes", "Terminal cover"),
        ("METROLOGIQUE", "Scellé métrologique", "Metrological seal"),
        ("DISJONCTEUR", "Disjoncteur de branchement", "Service circuit breaker"),
        ("COFFRET", "Coffret / niche", "Meter box"),
        ("ROBINET", "Robinet avant compteur", "Stop valve before the meter"),
        ("RACCORD", "Raccord du compteur", "Meter union"),
        ("MODULE", "Module de communication", "Communication module"),
    ),
)


def attributes_json(attributes: dict[str, Any]) -> str:
    """The stored (canonical) form of an item's attributes: sorted keys, UTF-8 text."""
    return json.dumps(attributes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def seed_reference_data(uow: UnitOfWork, clock: Clock) -> int:
    """Adds the standard items that `uow`'s database lacks; returns how many were added.

    Runs in the caller's transaction; existing items (same table and code) are left as the
    administrators made them."""
    now = clock.now()
    existing = uow.reference_data.all_keys()
    added = 0
    positions: dict[T, int] = {}
    for item in STANDARD_ITEMS:
        position = positions[item.table] = positions.get(item.table, 0) + 1
        if (item.table.value, item.code) in existing:
            continue
        uow.reference_data.add_item(
            ReferenceItemRow(
                id=new_id(),
                table_code=item.table.value,
                code=item.code,
                label_fr=item.label_fr,
                label_en=item.label_en,
                attributes_json=attributes_json(item.attributes),
                sort_order=position * 10,
                active=True,
                version=1,
                updated_at=now,
            )
        )
        added += 1
    uow.session.flush()
    return added

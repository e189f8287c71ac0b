"""The reference tables (PAR-2): small coded lists that administrators maintain and every
screen offers. Records of the customer base store the codes; the use cases check them."""

from __future__ import annotations

from enum import StrEnum


class ReferenceTable(StrEnum):
    CUSTOMER_CATEGORY = "customer_category"  # domestic, business, administration, ...
    ID_DOCUMENT_TYPE = "id_document_type"  # CNI, passport, NINEA (company), ...
    PRODUCT = "product"  # conventional, prepaid
    TARIFF_CATEGORY = "tariff_category"  # DPP (domestic small power), PPP, ...
    METER_MAKE = "meter_make"
    METER_TYPE = "meter_type"
    CALIBRE = "calibre"  # water meter calibres (15 mm, 20 mm, ...)
    READING_ANOMALY = "reading_anomaly"  # meter inaccessible, dial broken, ...
    PAYMENT_MODE = "payment_mode"  # cash, cheque, mobile money, bank transfer
    BANK = "bank"
    CASH_DENOMINATION = "cash_denomination"  # notes and coins, with their value
    MISC_FEE = "misc_fee"  # fees and quotes paid at the counter (CSH-2)
    DISBURSEMENT_TYPE = "disbursement_type"  # refunds, stamps, petty cash (CSH-3)
    REQUEST_TYPE = "request_type"  # connection, subscription, termination, ... (ACC-1)
    ROUND_GROUPING = "round_grouping"  # sectors grouping rounds
    SEAL_POSITION = "seal_position"  # cover, terminal block, ...


# How each table is named on screens (French, English); the client may translate by code.
TABLE_LABELS: dict[ReferenceTable, tuple[str, str]] = {
    ReferenceTable.CUSTOMER_CATEGORY: ("Catégories de clients", "Customer categories"),
    ReferenceTable.ID_DOCUMENT_TYPE: ("Types de pièce d'identité", "Identity document types"),
    ReferenceTable.PRODUCT: ("Produits", "Products"),
    ReferenceTable.TARIFF_CATEGORY: ("Catégories tarifaires", "Tariff categories"),
    ReferenceTable.METER_MAKE: ("Marques de compteurs", "Meter makes"),
    ReferenceTable.METER_TYPE: ("Types de compteurs", "Meter types"),
    ReferenceTable.CALIBRE: ("Calibres", "Calibres"),
    ReferenceTable.READING_ANOMALY: ("Anomalies de relève", "Reading anomalies"),
    ReferenceTable.PAYMENT_MODE: ("Modes de paiement", "Payment modes"),
    ReferenceTable.BANK: ("Banques", "Banks"),
    ReferenceTable.CASH_DENOMINATION: ("Coupures et pièces", "Cash denominations"),
    ReferenceTable.MISC_FEE: ("Frais divers et devis", "Miscellaneous fees and quotes"),
    ReferenceTable.DISBURSEMENT_TYPE: ("Types de décaissement", "Disbursement types"),
    ReferenceTable.REQUEST_TYPE: ("Types de demande", "Request types"),
    ReferenceTable.ROUND_GROUPING: ("Regroupements de tournées", "Round groupings"),
    ReferenceTable.SEAL_POSITION: ("Positions de scellés", "Seal positions"),
}

# Attributes an item of a table must carry, with their JSON type ("int", "str", "bool").
REQUIRED_ATTRIBUTES: dict[ReferenceTable, dict[str, str]] = {
    ReferenceTable.CASH_DENOMINATION: {"value": "int", "kind": "str", "currency": "str"},
    ReferenceTable.MISC_FEE: {"amount": "int", "reference_required": "bool"},
    ReferenceTable.DISBURSEMENT_TYPE: {"refund": "bool"},
}

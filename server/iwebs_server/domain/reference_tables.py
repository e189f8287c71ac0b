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
    REQUEST_TYPE = "request_type"  # connection, subscription, termination, ... (ACC-1)
    ROUND_GROUPING = "round_grouping"  # sectors grouping rounds
    SEAL_POSITION = "seal_position"  # cover, terminal block, ...

"""A run's summary (bordereau de facturation, FAC-6) as printed, in French: the run, its batch
and period, the bills (count, first and last number, total), the amounts by tariff category,
by line code and by ledger account, what was held, excluded or not billed (by cause).

Before finalization the same page is the simulation's summary, marked as such: nothing is
numbered or posted yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.printing.receipt_layout import money_text

STATUS_FR = {
    brs.BILL_RUN_STATUS_SIMULATING: "Simulation en cours",
    brs.BILL_RUN_STATUS_SIMULATED: "Simulée",
    brs.BILL_RUN_STATUS_FINALIZING: "Finalisation en cours",
    brs.BILL_RUN_STATUS_FINALIZED: "Finalisée",
    brs.BILL_RUN_STATUS_CANCELLED: "Annulée",
}
#: not-billed causes (application/billing_consumption.py, bill runs)
CAUSES_FR = {
    "NO_READING": "Pas de relevé d'index",
    "READING_TO_CHECK": "Relevé à vérifier (cas de relève)",
    "ESTIMATE_CAP_REACHED": "Plafond d'estimations consécutives atteint",
    "NO_TARIFF": "Pas de tarif pour la période",
    "NO_TARIFF_FOR_PERIOD": "Pas de tarif pour la période",
    "NO_METER": "Pas de compteur posé",
    "NO_PREVIOUS_INDEX": "Pas d'index de départ (ni facture, ni relevé, ni index de pose)",
    "TIME_OF_USE_METER": "Compteur heures pleines / creuses : pas encore de tarif horaire",
    "NOT_ACTIVE": "Abonnement non actif sur la période",
    "PREPAID": "Prépaiement : non facturé sur relevé",
    "AMOUNT_OUT_OF_RANGE": "Montant trop élevé pour être facturé",
    "COMPUTATION_FAILED": "Erreur de calcul",
    "SUBSCRIPTION_NOT_FOUND": "Abonnement introuvable",
    "CHANGED_SINCE_SIMULATION": "Modifié depuis la simulation : simuler à nouveau",
    "FINAL_READING_REQUIRED": "Relevé de résiliation requis",
    "NOT_BILLABLE": "Abonnement non facturable",
    "SUBSCRIPTION_NOT_BILLABLE": "Abonnement non facturable",
    "ALREADY_BILLED": "Déjà facturé pour la période",
    "ISSUE_FAILED": "Erreur à l'émission",
    "ERROR": "Erreur de calcul",
}
LEDGER_FR = {
    "RECEIVABLE": "Créances clients",
    "TAX:VAT": "TVA collectée",
    "TAX:COMMUNAL": "Taxe communale",
    "TAX:STAMP": "Droit de timbre",
}
COMPONENTS_FR = {
    "ENERGY": "énergie",
    "WATER": "eau",
    "FIXED": "prime fixe",
    "POWER": "puissance souscrite",
    "RENTAL": "location compteur",
    "MINIMUM": "minimum de facturation",
}


@dataclass(frozen=True)
class SummaryTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] = ()
    numeric_columns: tuple[int, ...] = ()  # right-aligned: counts and amounts


@dataclass(frozen=True)
class RunSummaryPage:
    title: str
    subtitle: str
    facts: tuple[tuple[str, str], ...]
    tables: tuple[SummaryTable, ...] = field(default=())
    warning: str = ""


def _date(value: object) -> str:
    year = getattr(value, "year", 0)
    if not year:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{year}"  # type: ignore[attr-defined]


def _moment(ts: object) -> str:
    seconds = getattr(ts, "seconds", 0)
    if not seconds:
        return ""
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def cause_fr(cause: str) -> str:
    return CAUSES_FR.get(cause, cause.replace("_", " ").capitalize())


def ledger_fr(account: str) -> str:
    if account in LEDGER_FR:
        return LEDGER_FR[account]
    parts = account.split(":")
    if parts[0] == "REVENUE" and len(parts) >= 3:
        service = {"ELECTRICITY": "électricité", "WATER": "eau"}.get(parts[1], parts[1].lower())
        component = COMPONENTS_FR.get(parts[2], parts[2].lower().replace("_", " "))
        return f"Ventes {service} — {component}"
    if parts[0] == "TAX" and len(parts) >= 2:
        return f"Taxe {parts[1].lower().replace('_', ' ')}"
    return account


def layout_summary(
    summary: brs.GetBillRunSummaryResponse, agency_name: str = "", batch_name: str = ""
) -> RunSummaryPage:
    run = summary.run
    currency = summary.total.currency_code or run.currency_code or "XOF"

    def amount(value: object) -> str:
        return money_text(getattr(value, "amount_minor", 0), currency)

    batch = run.batch_code + (f" — {batch_name}" if batch_name else "")
    facts: list[tuple[str, str]] = [
        ("Facturation n°", run.run_number),
        ("Lot", batch),
        ("Agence", agency_name or run.agency_id),
        (
            "Période",
            f"{run.period_label} (du {_date(run.period_start)} au {_date(run.period_end)})",
        ),
        ("Date de facture", _date(run.bill_date)),
        ("Échéance", _date(run.due_date)),
        ("État", STATUS_FR.get(run.status, "")),
        ("Abonnements sélectionnés", str(run.total_items)),
        ("Factures" if summary.finalized else "Factures simulées", str(summary.bill_count)),
        ("Montant total", amount(summary.total)),
    ]
    if summary.first_bill_number:
        facts.append(("Numéros", f"du {summary.first_bill_number} au {summary.last_bill_number}"))
    facts.append(("Retenues par un contrôle", str(summary.held_count)))
    facts.append(("Exclues", str(summary.excluded_count)))
    not_billed = sum(line.count for line in summary.not_billed)
    facts.append(("Non facturés", str(not_billed)))
    created = f"{run.created_by_login} le {_moment(run.created_at)}".strip()
    facts.append(("Créée par", created))
    if run.finalized_at.seconds:
        who = run.finalize_requested_by_login
        facts.append(("Finalisée", f"{_moment(run.finalized_at)} (demandée par {who})"))

    tables = [
        SummaryTable(
            "Par catégorie tarifaire",
            ("Catégorie", "Factures", "Montant"),
            tuple(
                (c.tariff_category_code, str(c.bill_count), amount(c.amount))
                for c in summary.by_category
            ),
            ("Total", str(summary.bill_count), amount(summary.total)),
            (1, 2),
        ),
        SummaryTable(
            "Par élément de facture",
            ("Code", "Compte", "Lignes", "Montant"),
            tuple(
                (
                    line.code,
                    ledger_fr(line.ledger_account),
                    str(line.line_count),
                    amount(line.amount),
                )
                for line in summary.by_line
            ),
            numeric_columns=(2, 3),
        ),
        SummaryTable(
            "Écritures par compte",
            ("Compte", "Libellé", "Montant"),
            tuple(
                (a.ledger_account, ledger_fr(a.ledger_account), amount(a.amount))
                for a in summary.by_ledger_account
            ),
            numeric_columns=(2,),
        ),
        SummaryTable(
            "Abonnés non facturés par cause",
            ("Cause", "Nombre"),
            tuple((cause_fr(n.cause), str(n.count)) for n in summary.not_billed),
            ("Total", str(not_billed)),
            (1,),
        ),
    ]
    warning = (
        "" if summary.finalized else "SIMULATION — aucune facture n'est numérotée ni comptabilisée"
    )
    return RunSummaryPage(
        title="BORDEREAU DE FACTURATION",
        subtitle=f"{run.run_number} — {run.period_label}",
        facts=tuple(facts),
        tables=tuple(t for t in tables if t.rows),
        warning=warning,
    )


def text_lines(page: RunSummaryPage) -> list[str]:
    """The page's texts in reading order (tests, plain-text export)."""
    out = [page.title, page.subtitle, page.warning]
    out += [f"{label} : {value}" for label, value in page.facts]
    for table in page.tables:
        out.append(table.title)
        out += [" | ".join(row) for row in table.rows]
        if table.total:
            out.append(" | ".join(table.total))
    return [line for line in out if line]

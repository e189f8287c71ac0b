"""The structure of a demo utility, small and built first: its agencies (one per town),
their meter-reading rounds and the network nodes (substations, feeders, transformers,
water sectors) the generated premises hang from. `generator.py` streams the customers."""

from __future__ import annotations

import math
from dataclasses import dataclass

from iwebs_server.application.demo_data.countries import Country, Town

PREMISES_PER_ROUND = 400
ELECTRIC_PREMISES_PER_TRANSFORMER = 120
TRANSFORMERS_PER_FEEDER = 12
FEEDERS_PER_SUBSTATION = 6
WATER_PREMISES_PER_SECTOR = 2500
ROUND_GROUPINGS = ("CENTRE", "NORD", "SUD", "EST", "OUEST", "PERIPHERIE")


@dataclass(frozen=True)
class AgencyPlan:
    code: str
    name: str
    region: str
    town: Town
    expected_premises: int
    round_codes: tuple[str, ...]
    transformer_codes: tuple[str, ...]
    water_sector_codes: tuple[str, ...]


@dataclass(frozen=True)
class NetworkNodePlan:
    kind: str  # substation | feeder | transformer | water_sector
    code: str
    name: str
    parent_code: str | None
    agency_code: str


@dataclass(frozen=True)
class RoundPlan:
    agency_code: str
    code: str
    name: str
    grouping_code: str


@dataclass(frozen=True)
class UtilityPlan:
    country: Country
    agencies: tuple[AgencyPlan, ...]
    rounds: tuple[RoundPlan, ...]
    network: tuple[NetworkNodePlan, ...]  # parents before children

    @classmethod
    def build(cls, country: Country, subscribers: int) -> UtilityPlan:
        towns = [(region, town) for region in country.regions for town in region.towns]
        total_weight = sum(t.weight for _, t in towns)
        agencies: list[AgencyPlan] = []
        rounds: list[RoundPlan] = []
        network: list[NetworkNodePlan] = []
        for region, town in towns:
            code = town.agency_code or f"{region.code}-{town.code}"
            expected = math.ceil(subscribers * 1.02 * town.weight / total_weight)
            round_count = max(2, math.ceil(expected / PREMISES_PER_ROUND))
            round_codes = tuple(f"T{n:03d}" for n in range(1, round_count + 1))
            for n, round_code in enumerate(round_codes):
                rounds.append(
                    RoundPlan(
                        code,
                        round_code,
                        f"Tournée {n + 1} {town.quartiers[n % len(town.quartiers)]}",
                        ROUND_GROUPINGS[n % len(ROUND_GROUPINGS)],
                    )
                )
            transformer_count = max(
                2, math.ceil(expected * 0.85 / ELECTRIC_PREMISES_PER_TRANSFORMER)
            )
            feeder_count = max(1, math.ceil(transformer_count / TRANSFORMERS_PER_FEEDER))
            substation_count = max(1, math.ceil(feeder_count / FEEDERS_PER_SUBSTATION))
            transformers: list[str] = []
            for s in range(1, substation_count + 1):
                substation = f"PS-{code}-{s}"
                network.append(
                    NetworkNodePlan(
                        "substation", substation, f"Poste source {town.name} {s}", None, code
                    )
                )
                feeders = range(s, feeder_count + 1, substation_count)
                for f in feeders:
                    feeder = f"DEP-{code}-{f:02d}"
                    network.append(
                        NetworkNodePlan(
                            "feeder", feeder, f"Départ HTA {town.name} {f}", substation, code
                        )
                    )
                    for t in range(f, transformer_count + 1, feeder_count):
                        quartier = town.quartiers[t % len(town.quartiers)]
                        transformer = f"TR-{code}-{t:04d}"
                        transformers.append(transformer)
                        network.append(
                            NetworkNodePlan(
                                "transformer",
                                transformer,
                                f"Poste HTA/BT {quartier} {t}",
                                feeder,
                                code,
                            )
                        )
            sector_count = max(2, math.ceil(expected * 0.45 / WATER_PREMISES_PER_SECTOR))
            sectors = tuple(f"SEC-{code}-{n:02d}" for n in range(1, sector_count + 1))
            for n, sector in enumerate(sectors):
                network.append(
                    NetworkNodePlan(
                        "water_sector",
                        sector,
                        f"Secteur hydraulique {town.name} "
                        f"{town.quartiers[n % len(town.quartiers)]}",
                        None,
                        code,
                    )
                )
            agencies.append(
                AgencyPlan(
                    code,
                    town.name,
                    region.name,
                    town,
                    expected,
                    round_codes,
                    tuple(sorted(transformers)),
                    sectors,
                )
            )
        return cls(country, tuple(agencies), tuple(rounds), tuple(network))

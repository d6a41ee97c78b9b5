"""Shared pieces for the consignment tests: the parcels tests' station (copied from a template, no
scrypt per test) with the clerk's shift open, and a farmer with a lot."""
# ruff: noqa: F401, F811 - fixtures re-exported for the test modules

from __future__ import annotations

import pytest

from .test_parcels_support import _station_template, actors, station

HE = dict(name="何永福", phone="13512340000", village="龙凤村", resident_id="50010119800315001X")
TO = dict(to_name="何小梅", to_phone="13698765432", to_address="成都市锦江区春熙路 8 号", to_province="四川")


@pytest.fixture
def cm(station):
    return station.consignment


@pytest.fixture
def clerk(station, actors):
    """The clerk, with a shift open on a ¥500 float (sales and payouts are cash)."""
    station.cash.open(actors["clerk"], 50000)
    return actors["clerk"]


@pytest.fixture
def farmer(cm, clerk):
    return cm.farmers.add(clerk, **HE)


@pytest.fixture
def lot(cm, clerk, farmer):
    """60 kg of 脆李 at a ¥8.00/kg floor, 5 % commission."""
    return cm.intake.take_in(clerk, farmer.code, product="巫山脆李", grade="一级", unit="kg", qty="60", price_fen=800)

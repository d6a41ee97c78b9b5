"""Words of messages at the mechanism (issue 15, items 6 and 7), in the CLI: a time is local
Asia/Shanghai in a human format, a person is named by display name, an input by its label — never
``2026-06-01T01:00:00.000Z``, ``clerk`` or ``to_address``. And the real-name rules live in the core
validators, so the CLI and the window refuse the same emoji and symbols."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.core.parcels.send_form import LIMITS, send_form_problems
from app.core.validate.phone import check_phone
from app.core.validate.text import NAME_MAX, check_name, check_text
from app.messages import render
from app.messages.fields import FIELD_LABELS, display_fields

from .conftest import CLERK_PIN, table_digests

CLERK = {"user": "clerk", "pin": CLERK_PIN}
ISO = "2026-12-02T11:22:58.731Z"


def test_render_shows_a_stored_time_local_and_a_person_by_name():
    text = render("parcel.already_picked_up", {"tracking": "SF1", "pickup_code": "A-1-0001", "at": ISO,
                                               "by": "clerk"}, people={"clerk": "张丽"}.get)
    assert text == "SF1 (A-1-0001) was already handed over at 2026-12-02 19:22 by 张丽"
    assert "T11:22" not in text and "Z" not in text


def test_an_unknown_person_keeps_the_login_name_and_plain_values_stay():
    assert display_fields({"by": "ghost", "n": 3, "text": "2026-12-02"}, people=lambda _u: None) == {
        "by": "ghost", "n": 3, "text": "2026-12-02"}


def test_field_ids_become_labels():
    assert render("text.too_long", {"field": "to_address", "max": 120}) == \
        "Recipient's address is too long (at most 120 characters)"
    assert render("phone.masked_not_allowed", {"field": "proxy_phone", "text": "139****1111"}) == \
        "Proxy's phone: a masked number like 139****1111 is not enough, type all 11 digits"


def test_every_field_a_core_validator_names_has_a_label():
    import re

    from .conftest import ROOT

    named = set()
    for path in (ROOT / "app" / "core").rglob("*.py"):
        named |= set(re.findall(r'field="([a-z_]+)"', path.read_text(encoding="utf-8")))
    assert named - set(FIELD_LABELS) == set(), "give these inputs a label in app/messages/fields.py"


def test_cli_already_handed_over_is_local_time_and_display_name(station, actors, cli):
    clerk = actors["clerk"]
    code = station.parcels.inbound.checkin(clerk, "SF1400000000101", phone="13800001357").parcel.pickup_code
    station.parcels.pickup.by_code(clerk, code)
    result = cli("parcel", "pickup", "--code", code, **CLERK)
    assert result.code == 5
    # the station clock: 2026-06-01T01:00Z = 09:00 in Chongqing
    assert result.err.strip() == (f"error[parcel.already_picked_up]: SF1400000000101 ({code}) was already handed "
                                  "over at 2026-06-01 09:00 by 张丽")
    assert result.json["error"]["message"].endswith("at 2026-06-01 09:00 by 张丽")


def test_cli_field_names_never_show(station, cli):
    before = table_digests(station.store.path)
    result = cli("parcel", "send", "--sender-name", "李四", "--sender-id", "11010519491231002X", "--sender-phone",
                 "13900001111", "--to-name", "王五", "--to-phone", "13700002222", "--to-address", "路" * 121,
                 "--to-province", "四川", "--weight-g", "1200", "--contents", "脆李", **CLERK)
    assert result.code == 3 and "to_address" not in result.err
    assert "Recipient's address is too long (at most 120 characters)" in result.err
    assert table_digests(station.store.path) == before


@pytest.mark.parametrize("name", ["何永福😀", "王🙂五", "李四2", "张三#", "李♥", "赵⭐"])
def test_emoji_digits_and_symbols_are_refused_in_real_names(name):
    with pytest.raises(InvalidInput) as e:
        check_name(name, field="to_name", person=True)
    assert e.value.code in ("text.emoji", "text.not_a_name")


@pytest.mark.parametrize("name", ["何永福", "张*", "阿卜杜·热合曼", "Mary O'Neil", "欧阳娜娜", "𠀾明"])
def test_real_names_of_every_kind_pass(name):
    assert check_name(name, field="to_name", person=True) == name


def test_emoji_in_an_address_is_refused_but_symbols_people_use_pass():
    with pytest.raises(InvalidInput, match="text.emoji"):
        check_text("春熙路8号🏠", field="to_address")
    assert check_text("春熙路8号（3单元）#2-1", field="to_address")


def test_cli_refuses_an_emoji_recipient_and_changes_nothing(station, cli):
    before = table_digests(station.store.path)
    result = cli("parcel", "send", "--sender-name", "李四", "--sender-id", "11010519491231002X", "--sender-phone",
                 "13900001111", "--to-name", "王五😀", "--to-phone", "13700002222", "--to-address", "成都市武侯区某路 1 号",
                 "--to-province", "四川", "--weight-g", "1200", "--contents", "脆李", **CLERK)
    assert result.code == 3
    assert result.err.strip() == "error[text.emoji]: Recipient's name: no emoji or pictures, please (the label " \
                                 "printer cannot print them)"
    assert table_digests(station.store.path) == before


def test_proxy_phone_guidance_is_the_same_for_a_masked_and_a_wrong_number():
    for text, code in (("139****1111", "phone.masked_not_allowed"), ("12345", "phone.full_invalid")):
        with pytest.raises(InvalidInput) as e:
            check_phone(text, allow_masked=False, field="proxy_phone")
        assert e.value.code == code
        assert render(e.value.code, e.value.fields).endswith("type all 11 digits")
    with pytest.raises(InvalidInput, match="phone.invalid"):  # where masked is fine, it says so
        check_phone("12345")


def test_send_form_problems_are_all_found_at_once():
    import datetime as dt

    problems = send_form_problems({"sender_name": "", "sender_id": "110105194912310021", "sender_phone": "139****1111",
                                   "to_name": "王五", "to_phone": "137", "to_address": "", "contents": "烟花",
                                   "weight_g": 0, "prohibited_confirmed": False},
                                  today=dt.date(2026, 6, 1), prohibited=("烟花",))
    assert {k: e.code for k, e in problems.items()} == {
        "sender_name": "text.required", "sender_id": "resident_id.checksum", "sender_phone": "phone.masked_not_allowed",
        "to_phone": "phone.full_invalid", "to_address": "text.required", "contents": "shipment.prohibited_item",
        "weight_g": "shipment.weight_invalid", "prohibited_confirmed": "shipment.prohibited_not_confirmed"}
    assert LIMITS["sender_name"] == NAME_MAX and LIMITS["to_address"] == 120

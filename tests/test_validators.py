import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.validate import (
    Carrier,
    check_ean13,
    check_phone,
    check_resident_id,
    detect_carrier,
    ean13_check_digit,
    mask_phone,
    mask_resident_id,
    phone_tail,
    s10_check_digit,
)
from app.core.validate.identity import resident_id_check_char
from app.core.validate.text import check_name, check_station_code, check_username

TODAY = dt.date(2026, 6, 1)


# -- phones ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text,value,masked", [
    ("13812341234", "13812341234", False),
    ("199 0000 1111", "19900001111", False),
    ("+8615912345678", "15912345678", False),
    ("8615912345678", "15912345678", False),
    ("138****1234", "138****1234", True),
    ("****5678", "****5678", True),
    ("138＊＊＊＊1234", "138****1234", True),
])
def test_phone_accepts(text, value, masked):
    p = check_phone(text)
    assert (p.value, p.masked) == (value, masked)
    assert p.tail == value[-4:]
    assert "*" in p.display


@pytest.mark.parametrize("text", ["12812341234", "1381234123", "138123412345", "", "abc", "138***1234",
                                  "138****123", "10012341234", "１３８１２３４１２３４", "138-****-12"])
def test_phone_rejects(text):
    with pytest.raises(InvalidInput) as e:
        check_phone(text)
    assert e.value.code == "phone.invalid"


def test_phone_errors_never_echo_a_number_in_full():
    with pytest.raises(InvalidInput) as e:
        check_phone("138123412345")  # one digit too many: still someone's number
    assert "1381234" not in str(e.value.fields) and e.value.fields["text"].endswith("2345")


def test_phone_masked_refused_where_full_needed():
    with pytest.raises(InvalidInput) as e:
        check_phone("138****1234", allow_masked=False)
    assert e.value.code == "phone.masked_not_allowed"


def test_mask_phone_and_tail():
    assert mask_phone("13812341234") == "138****1234"
    assert mask_phone("138****1234") == "138****1234"
    assert phone_tail("1234") == "1234"
    for bad in ("123", "12345", "12a4", "１２３４"):
        with pytest.raises(InvalidInput):
            phone_tail(bad)


# -- resident IDs ---------------------------------------------------------------------------
def make_id(body17: str) -> str:
    return body17 + resident_id_check_char(body17)


def test_known_resident_id_checksums():
    # The GB 11643 worked example and a Chongqing-style number
    assert resident_id_check_char("11010519491231002") == "X"
    assert check_resident_id("11010519491231002X", today=TODAY).value == "11010519491231002X"
    assert check_resident_id("11010519491231002x", today=TODAY).value.endswith("X")
    rid = check_resident_id(make_id("50010119900307123"), today=TODAY)
    assert rid.birth_date == dt.date(1990, 3, 7)
    assert rid.masked == "5001**********" + rid.value[-4:]


@pytest.mark.parametrize("text,code", [
    ("11010519491231002Y", "resident_id.format"),
    ("1101051949123100", "resident_id.format"),
    ("110105194912310021", "resident_id.checksum"),
    (make_id("50010119900230123"), "resident_id.birth_date"),  # 30 February
    (make_id("50010118990101123"), "resident_id.birth_date"),  # before 1900
    (make_id("50010120300101123"), "resident_id.birth_date"),  # born in the future
    ("", "resident_id.format"),
])
def test_resident_id_rejects(text, code):
    with pytest.raises(InvalidInput) as e:
        check_resident_id(text, today=TODAY)
    assert e.value.code == code


def test_adult_check_on_birthday_boundary():
    seventeen = make_id("50010120080602123")  # turns 18 on 2026-06-02
    with pytest.raises(InvalidInput) as e:
        check_resident_id(seventeen, today=TODAY, adult=True)
    assert e.value.code == "resident_id.minor"
    assert check_resident_id(seventeen, today=dt.date(2026, 6, 2), adult=True).age_on(dt.date(2026, 6, 2)) == 18


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY), st.integers(0, 999), st.integers(0, 16),
       st.integers(1, 9))
def test_any_single_digit_change_is_caught(birth, seq, pos, delta):
    good = make_id(f"500101{birth:%Y%m%d}{seq:03d}")
    assert check_resident_id(good, today=TODAY).value == good
    digits = list(good)
    digits[pos] = str((int(digits[pos]) + delta) % 10)
    bad = "".join(digits)
    with pytest.raises(InvalidInput):
        check_resident_id(bad, today=TODAY)


def test_mask_resident_id_keeps_only_ends():
    assert mask_resident_id("11010519491231002X") == "1101**********002X"


def test_keyed_hash_depends_on_key():
    rid = check_resident_id("11010519491231002X", today=TODAY)
    assert rid.keyed_hash(b"a") != rid.keyed_hash(b"b")
    assert "11010519491231002X" not in rid.keyed_hash(b"a")


# -- tracking numbers -------------------------------------------------------------------------
def test_s10_check_digit_examples():
    assert s10_check_digit("12345678") == 5  # EA123456785CN
    info = detect_carrier("ea123456785cn")
    assert (info.tracking, info.carrier, info.known) == ("EA123456785CN", Carrier.EMS, True)


def test_s10_check_digit_special_cases():
    # find serials whose raw check value is 10 (→ 0) and 11 (→ 5)
    seen = {}
    for n in range(20000):
        serial = f"{n:08d}"
        total = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
        seen.setdefault(11 - total % 11, serial)
    assert s10_check_digit(seen[10]) == 0
    assert s10_check_digit(seen[11]) == 5


def test_s10_bad_check_digit_is_refused():
    with pytest.raises(InvalidInput) as e:
        detect_carrier("EA123456784CN")
    assert e.value.code == "tracking.s10_checksum"


@pytest.mark.parametrize("text,carrier,known", [
    ("SF1234567890123", Carrier.SF, True),
    ("YT1234567890123", Carrier.YTO, True),
    ("JT1234567890123", Carrier.JT, True),
    ("JDVA12345678901", Carrier.JD, True),
    ("773012345678901", Carrier.STO, True),
    ("75312345678901", Carrier.ZTO, True),
    ("731234567890", Carrier.ZTO, True),
    ("9876543210123", Carrier.EMS, True),
    ("4312345678901", Carrier.YUNDA, True),
    ("312345678901234", Carrier.YUNDA, True),
    ("XYZ12345678", Carrier.UNKNOWN, False),
])
def test_carrier_detection(text, carrier, known):
    info = detect_carrier(text)
    assert (info.carrier, info.known) == (carrier, known)


@pytest.mark.parametrize("text", ["", "1234567", "SF-123", "快递123456789", "A" * 33])
def test_tracking_rejects(text):
    with pytest.raises(InvalidInput) as e:
        detect_carrier(text)
    assert e.value.code == "tracking.invalid"


# -- EAN-13 -------------------------------------------------------------------------------------
def test_ean13():
    assert ean13_check_digit("690123456789") == 2
    assert check_ean13("6901234567892") == "6901234567892"
    assert check_ean13("4006381333931") == "4006381333931"
    with pytest.raises(InvalidInput) as e:
        check_ean13("6901234567893")
    assert e.value.code == "ean13.checksum"
    with pytest.raises(InvalidInput) as e:
        check_ean13("690123456789")
    assert e.value.code == "ean13.format"


# -- text ---------------------------------------------------------------------------------------
def test_text_fields():
    assert check_username(" Li_2 ") == "li_2"
    assert check_station_code("cq0001") == "CQ0001"
    assert check_name("张*") == "张*"
    for bad in ("1abc", "a", "li wei", "张三"):
        with pytest.raises(InvalidInput):
            check_username(bad)
    for bad in ("CQ", "CQ-0001", "X" * 17):
        with pytest.raises(InvalidInput):
            check_station_code(bad)
    with pytest.raises(InvalidInput) as e:
        check_name("a\x00b")
    assert e.value.code == "text.invalid"
    with pytest.raises(InvalidInput) as e:
        check_name("x" * 41)
    assert e.value.code == "text.too_long"

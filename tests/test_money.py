import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.money import MAX_FEN, check_fen, format_fen, parse_yuan


@pytest.mark.parametrize(
    "text,fen",
    [("12.50", 1250), ("12.5", 1250), ("12", 1200), ("0.05", 5), ("0", 0), (" 3.10 ", 310),
     ("99999999.99", MAX_FEN), ("007.00", 700)],
)
def test_parses_exact_yuan(text, fen):
    assert parse_yuan(text) == fen


@pytest.mark.parametrize(
    "text",
    ["12.505", "-1", "1e3", "", "   ", "12.", ".5", "+3", "1,000.00", "１２.５", "12.5.0", "NaN", "inf",
     "100000000", "123456789012345678901", "0x10", "1_000", "¥12", "12元", None],
)
def test_rejects_everything_else(text):
    with pytest.raises(InvalidInput) as e:
        parse_yuan(text)
    assert e.value.code == "money.invalid"


def test_zero_can_be_refused():
    with pytest.raises(InvalidInput) as e:
        parse_yuan("0.00", allow_zero=False)
    assert e.value.code == "money.zero"


@given(st.integers(min_value=0, max_value=MAX_FEN))
def test_format_and_parse_round_trip(fen):
    assert parse_yuan(format_fen(fen)) == fen


def test_format_negative_and_types():
    assert format_fen(-300) == "-3.00"
    assert format_fen(5) == "0.05"
    with pytest.raises(TypeError):
        format_fen(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        check_fen(True)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        check_fen(-1)
    assert check_fen(1250) == 1250

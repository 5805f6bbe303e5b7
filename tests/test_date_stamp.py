"""Comparable dates: a ``date_published`` of any precision on one time line, and articles
sorted by it whatever mix of ``date``, naive and aware ``datetime`` values they carry."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

import articlex
from articlex import Article, DateStamp

UTC = dt.timezone.utc
EST = dt.timezone(dt.timedelta(hours=-5))


def test_an_aware_datetime_is_its_own_instant_in_the_pages_offset() -> None:
    value = dt.datetime(2026, 1, 3, 22, 47, tzinfo=EST)
    stamp = DateStamp.of(value)
    assert stamp == DateStamp(value, "time", offset_known=True)
    assert stamp.instant.utcoffset() == dt.timedelta(hours=-5)  # not converted to UTC
    assert stamp.day == dt.date(2026, 1, 3)  # the page's day, not UTC's (Jan. 4)


def test_a_naive_datetime_is_read_at_utc_with_its_offset_unknown() -> None:
    stamp = DateStamp.of(dt.datetime(2026, 1, 3, 22, 47))
    assert stamp == DateStamp(dt.datetime(2026, 1, 3, 22, 47, tzinfo=UTC), "time", False)


def test_a_date_is_its_midnight_at_utc_with_day_precision() -> None:
    stamp = DateStamp.of(dt.date(2026, 1, 3))
    assert stamp == DateStamp(dt.datetime(2026, 1, 3, tzinfo=UTC), "day", offset_known=False)
    assert stamp.day == dt.date(2026, 1, 3)


def test_at_the_same_instant_a_day_comes_before_a_time() -> None:
    day = DateStamp.of(dt.date(2026, 1, 3))
    midnight_naive = DateStamp.of(dt.datetime(2026, 1, 3))
    midnight_utc = DateStamp.of(dt.datetime(2026, 1, 3, tzinfo=UTC))
    assert day < midnight_naive < midnight_utc
    assert DateStamp.of(dt.date(2026, 1, 3)) < DateStamp.of(dt.datetime(2026, 1, 3, 9, 0))


def test_stamps_of_one_instant_in_two_offsets_are_equal_and_hash_alike() -> None:
    a = DateStamp.of(dt.datetime(2026, 1, 3, 22, 0, tzinfo=EST))
    b = DateStamp.of(dt.datetime(2026, 1, 4, 3, 0, tzinfo=UTC))
    assert a == b and hash(a) == hash(b)
    assert a.day != b.day  # each keeps its page's calendar day


def test_a_stamp_is_a_frozen_picklable_value() -> None:
    stamp = DateStamp.of(dt.date(2026, 1, 3))
    with pytest.raises(AttributeError):
        stamp.precision = "time"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(stamp)) == stamp


@pytest.mark.parametrize(
    ("instant", "precision"),
    [(dt.datetime(2026, 1, 3), "time"), (dt.datetime(2026, 1, 3, tzinfo=UTC), "week")],
)
def test_a_stamp_needs_an_aware_instant_and_a_known_precision(
    instant: dt.datetime, precision: str
) -> None:
    with pytest.raises(ValueError):
        DateStamp(instant, precision)  # type: ignore[arg-type]


def test_of_refuses_what_is_not_a_date() -> None:
    with pytest.raises(TypeError):
        DateStamp.of("2026-01-03")  # type: ignore[arg-type]


def test_published_at_is_the_stamp_of_date_published() -> None:
    assert Article().published_at is None
    day = dt.date(2026, 1, 3)
    assert Article(date_published=day).published_at == DateStamp.of(day)


def test_a_mix_of_dates_and_datetimes_sorts_by_date_without_raising() -> None:
    values: list[dt.date | dt.datetime | None] = [
        dt.datetime(2026, 1, 3, 22, 47, tzinfo=EST),  # 2026-01-04 03:47 UTC
        dt.date(2026, 1, 4),
        None,
        dt.datetime(2026, 1, 3, 12, 0),
        dt.date(2026, 1, 2),
    ]
    articles = [Article(headline=str(i), date_published=v) for i, v in enumerate(values)]
    with pytest.raises(TypeError):
        sorted(v for v in values if v is not None)  # the raw values do not compare
    assert [a.headline for a in sorted(articles, key=Article.by_date)] == ["2", "4", "3", "1", "0"]
    newest_first = sorted(articles, key=Article.by_date, reverse=True)
    assert [a.headline for a in newest_first] == ["0", "1", "3", "4", "2"]


def test_extracted_articles_of_each_precision_sort_together() -> None:
    story = "<p>" + "The council approved the budget after a long night of debate. " * 6 + "</p>"
    heads = [
        '<meta property="article:published_time" content="2026-01-03T22:47:12-05:00">',
        '<h1>Budget passes</h1><time datetime="2026-01-03T22:47">Jan. 3</time>',
        '<h1>Budget passes</h1><p class="date">3 janvier 2026</p>',
    ]
    articles = [
        articlex.extract(f"<html><body>{head}<article>{story}</article></body></html>")
        for head in heads
    ]
    kinds = [type(a.date_published) for a in articles]
    assert kinds == [dt.datetime, dt.datetime, dt.date]
    ordered = sorted(articles, key=Article.by_date)
    assert [a.published_at.precision for a in ordered if a.published_at] == [
        "day",
        "time",
        "time",
    ]


_offsets = st.one_of(
    st.none(),
    st.integers(min_value=-14 * 60, max_value=14 * 60).map(
        lambda m: dt.timezone(dt.timedelta(minutes=m))
    ),
)
_values = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.builds(
        lambda d, tz: d.replace(tzinfo=tz),
        st.datetimes(min_value=dt.datetime(1990, 1, 2), max_value=dt.datetime(2099, 12, 30)),
        _offsets,
    ),
)


@given(st.lists(_values, max_size=12))
def test_any_mix_sorts_and_follows_the_stamps_instants(
    values: list[dt.date | dt.datetime | None],
) -> None:
    articles = [Article(date_published=v) for v in values]
    ordered = sorted(articles, key=Article.by_date)
    stamps = [a.published_at for a in ordered]
    undated = [s for s in stamps if s is None]
    assert stamps[: len(undated)] == undated  # the undated first
    instants = [s.instant for s in stamps if s is not None]
    assert instants == sorted(instants)

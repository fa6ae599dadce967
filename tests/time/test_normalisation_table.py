"""Expressions we wrote, normalised against publication dates on every weekday, month ends,
leap days and year boundaries. Each row: text, publication date, tense direction, the
expression's text, its TIMEX3 value."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.time.calendar import Direction
from detente.time.recognise import normalise_text

D = dt.date.fromisoformat
Row = tuple[str, str, Direction | None, str, str]

WEEKDAYS: list[Row] = [
    # Friday 2022-02-18, past tense
    ("They met on Monday.", "2022-02-18", "past", "Monday", "2022-02-14"),
    ("They met on Tuesday.", "2022-02-18", "past", "Tuesday", "2022-02-15"),
    ("They met on Wednesday.", "2022-02-18", "past", "Wednesday", "2022-02-16"),
    ("They met on Thursday.", "2022-02-18", "past", "Thursday", "2022-02-17"),
    ("They met on Friday.", "2022-02-18", "past", "Friday", "2022-02-18"),
    ("They met on Saturday.", "2022-02-18", "past", "Saturday", "2022-02-12"),
    ("They met on Sunday.", "2022-02-18", "past", "Sunday", "2022-02-13"),
    # Friday, future tense
    ("They will meet on Monday.", "2022-02-18", "future", "Monday", "2022-02-21"),
    ("They will meet on Saturday.", "2022-02-18", "future", "Saturday", "2022-02-19"),
    ("They will meet on Sunday.", "2022-02-18", "future", "Sunday", "2022-02-20"),
    ("They will meet on Thursday.", "2022-02-18", "future", "Thursday", "2022-02-24"),
    # Monday 2022-02-14
    ("It ended on Sunday.", "2022-02-14", "past", "Sunday", "2022-02-13"),
    ("It ended on Friday.", "2022-02-14", "past", "Friday", "2022-02-11"),
    ("It ended last Monday.", "2022-02-14", "past", "last Monday", "2022-02-07"),
    ("It opens next Monday.", "2022-02-14", "future", "next Monday", "2022-02-21"),
    ("It opens on Wednesday.", "2022-02-14", "present", "Wednesday", "2022-02-16"),
    # Tuesday 2022-02-15
    ("He spoke yesterday.", "2022-02-15", "past", "yesterday", "2022-02-14"),
    ("He speaks tomorrow.", "2022-02-15", "future", "tomorrow", "2022-02-16"),
    ("He spoke last week.", "2022-02-15", "past", "last week", "2022-W06"),
    ("He spoke today.", "2022-02-15", "past", "today", "2022-02-15"),
    # Wednesday 2022-02-16
    ("Talks resume next week.", "2022-02-16", "present", "next week", "2022-W08"),
    ("Talks resumed this week.", "2022-02-16", "past", "this week", "2022-W07"),
    ("Talks will resume on Thursday.", "2022-02-16", "future", "Thursday", "2022-02-17"),
    ("Talks resumed on Tuesday.", "2022-02-16", "past", "Tuesday", "2022-02-15"),
    # Thursday 2022-02-17
    (
        "It fell the day before yesterday.",
        "2022-02-17",
        "past",
        "the day before yesterday",
        "2022-02-15",
    ),
    ("It fell two days ago.", "2022-02-17", "past", "two days ago", "2022-02-15"),
    ("It fell three weeks ago.", "2022-02-17", "past", "three weeks ago", "2022-W04"),
    ("It fell a week ago.", "2022-02-17", "past", "a week ago", "2022-W06"),
    # Saturday 2022-02-19
    ("Troops left on Friday.", "2022-02-19", "past", "Friday", "2022-02-18"),
    ("Troops leave on Monday.", "2022-02-19", "future", "Monday", "2022-02-21"),
    ("Troops left last weekend.", "2022-02-19", "past", "last weekend", "2022-W06-WE"),
    # Sunday 2022-02-20
    ("Voting ended on Saturday.", "2022-02-20", "past", "Saturday", "2022-02-19"),
    ("Voting began on Monday.", "2022-02-20", "past", "Monday", "2022-02-14"),
    ("Voting begins next week.", "2022-02-20", "future", "next week", "2022-W08"),
    ("Voting ends this weekend.", "2022-02-20", "present", "this weekend", "2022-W07-WE"),
]

MONTH_ENDS: list[Row] = [
    ("They met last month.", "2022-01-31", "past", "last month", "2021-12"),
    ("They meet next month.", "2022-01-31", "future", "next month", "2022-02"),
    ("They met a month ago.", "2022-01-31", "past", "a month ago", "2021-12"),
    ("They meet in February.", "2022-01-31", "future", "February", "2022-02"),
    ("They met in December.", "2022-01-31", "past", "December", "2021-12"),
    ("They met a month ago.", "2022-03-31", "past", "a month ago", "2022-02"),
    ("They met last month.", "2022-03-31", "past", "last month", "2022-02"),
    ("They met yesterday.", "2022-03-31", "past", "yesterday", "2022-03-30"),
    ("They meet tomorrow.", "2022-03-31", "future", "tomorrow", "2022-04-01"),
    ("Sales fell in the first quarter.", "2022-03-31", "past", "the first quarter", "2022-Q1"),
    ("Sales fell last quarter.", "2022-03-31", "past", "last quarter", "2021-Q4"),
    ("Sales fall this quarter.", "2022-03-31", "present", "this quarter", "2022-Q1"),
    ("They meet tomorrow.", "2021-04-30", "future", "tomorrow", "2021-05-01"),
    ("They meet next month.", "2021-04-30", "future", "next month", "2021-05"),
    ("It rose this month.", "2021-04-30", "past", "this month", "2021-04"),
    ("It rose earlier this month.", "2021-04-30", "past", "earlier this month", "2021-04"),
]

LEAP_YEARS: list[Row] = [
    ("It happened yesterday.", "2024-02-29", "past", "yesterday", "2024-02-28"),
    ("It happens tomorrow.", "2024-02-29", "future", "tomorrow", "2024-03-01"),
    ("It happened a year ago.", "2024-02-29", "past", "a year ago", "2023"),
    ("It happened last year.", "2024-02-29", "past", "last year", "2023"),
    ("It happens next year.", "2024-02-29", "future", "next year", "2025"),
    ("It happened on Monday.", "2024-02-29", "past", "Monday", "2024-02-26"),
    ("It happened on February 29.", "2024-02-29", "past", "February 29", "2024-02-29"),
    ("It happens next month.", "2024-02-29", "future", "next month", "2024-03"),
    ("It happened yesterday.", "2020-03-01", "past", "yesterday", "2020-02-29"),
    ("It happened last month.", "2020-03-01", "past", "last month", "2020-02"),
    ("It happened on Friday.", "2020-03-01", "past", "Friday", "2020-02-28"),
    ("It happened yesterday.", "2023-03-01", "past", "yesterday", "2023-02-28"),
    ("It happened a month ago.", "2020-03-31", "past", "a month ago", "2020-02"),
    (
        "It was signed on February 29, 2016.",
        "2022-02-18",
        "past",
        "February 29, 2016",
        "2016-02-29",
    ),
]

YEAR_BOUNDARIES: list[Row] = [
    ("They met last month.", "2022-01-10", "past", "last month", "2021-12"),
    ("They met last year.", "2022-01-10", "past", "last year", "2021"),
    ("They met in December.", "2022-01-10", "past", "December", "2021-12"),
    ("They met last week.", "2022-01-10", "past", "last week", "2022-W01"),
    ("They met two weeks ago.", "2022-01-10", "past", "two weeks ago", "2021-W52"),
    ("They met yesterday.", "2022-01-01", "past", "yesterday", "2021-12-31"),
    ("They met last week.", "2022-01-01", "past", "last week", "2021-W51"),
    ("They met this week.", "2022-01-01", "past", "this week", "2021-W52"),
    ("They met last month.", "2022-01-01", "past", "last month", "2021-12"),
    ("They met on Friday.", "2022-01-01", "past", "Friday", "2021-12-31"),
    ("They meet next week.", "2022-01-01", "future", "next week", "2022-W01"),
    ("They meet tomorrow.", "2021-12-31", "future", "tomorrow", "2022-01-01"),
    ("They meet next month.", "2021-12-31", "future", "next month", "2022-01"),
    ("They meet next year.", "2021-12-31", "future", "next year", "2022"),
    ("They meet in January.", "2021-12-31", "future", "January", "2022-01"),
    ("They meet on Monday.", "2021-12-31", "future", "Monday", "2022-01-03"),
    ("They meet next week.", "2021-12-31", "future", "next week", "2022-W01"),
    ("They meet next week.", "2020-12-31", "future", "next week", "2021-W01"),
    ("They met this week.", "2020-12-31", "past", "this week", "2020-W53"),
    ("They met last winter.", "2022-01-10", "past", "last winter", "2021-WI"),
    ("They met last summer.", "2021-12-15", "past", "last summer", "2021-SU"),
    ("They meet next summer.", "2021-12-15", "future", "next summer", "2022-SU"),
]

ABSOLUTE: list[Row] = [
    ("Ushpiz visited in December 2021.", "2022-02-18", "past", "December 2021", "2021-12"),
    ("They signed a deal in 2016.", "2022-02-18", "past", "2016", "2016"),
    ("It opened on March 21, 2013.", "2022-02-18", "past", "March 21, 2013", "2013-03-21"),
    ("It opened on 21 March 2013.", "2022-02-18", "past", "21 March 2013", "2013-03-21"),
    ("It opened on Jan. 5, 2013.", "2022-02-18", "past", "Jan. 5, 2013", "2013-01-05"),
    (
        "It opened on Tuesday, March 19, 2013.",
        "2022-02-18",
        "past",
        "Tuesday, March 19, 2013",
        "2013-03-19",
    ),
    ("Growth slowed in mid-2021.", "2022-02-18", "past", "mid-2021", "2021"),
    ("Growth slowed in the 1990s.", "2022-02-18", "past", "the 1990s", "199"),
    ("Growth slowed in the '80s.", "2022-02-18", "past", "the '80s", "198"),
    ("It began in early March.", "2022-02-18", "past", "early March", "2021-03"),
    ("It begins in May.", "2022-02-18", "future", "May", "2022-05"),
    ("It began on March 3.", "2022-02-18", "past", "March 3", "2021-03-03"),
    ("It began on February 3.", "2022-02-18", "past", "February 3", "2022-02-03"),
    ("It began at Christmas.", "2022-02-18", "past", "Christmas", "2021-12-25"),
    ("It began last summer.", "2022-02-18", "past", "last summer", "2021-SU"),
    ("It begins this spring.", "2022-02-18", "future", "this spring", "2022-SP"),
    ("It begins next winter.", "2022-02-18", "future", "next winter", "2023-WI"),
    (
        "Sales fell in the first quarter of 2021.",
        "2022-02-18",
        "past",
        "the first quarter of 2021",
        "2021-Q1",
    ),
    ("Sales fell in Q3 2020.", "2022-02-18", "past", "Q3 2020", "2020-Q3"),
    ("Sales fell in fiscal 2019.", "2022-02-18", "past", "fiscal 2019", "2019"),
    ("The note is dated 2022-02-17.", "2022-02-18", "past", "2022-02-17", "2022-02-17"),
    (
        "Sales fell in the first half of 2021.",
        "2022-02-18",
        "past",
        "the first half of 2021",
        "2021-H1",
    ),
    ("It was built in the 20th century.", "2022-02-18", "past", "the 20th century", "19"),
    ("It ended in late 2019.", "2022-02-18", "past", "late 2019", "2019"),
    ("It rose from 2010 to 2016.", "2022-02-18", "past", "2016", "2016"),
    ("It was signed on 5 May 2011.", "2022-02-18", "past", "5 May 2011", "2011-05-05"),
    (
        "It was signed on the 5th of May 2011.",
        "2022-02-18",
        "past",
        "the 5th of May 2011",
        "2011-05-05",
    ),
    ("It was signed on May 5th.", "2022-02-18", "past", "May 5th", "2021-05-05"),
    ("It was signed on Feb. 17.", "2022-02-18", "past", "Feb. 17", "2022-02-17"),
    ("It was signed on 17 February.", "2022-02-18", "past", "17 February", "2022-02-17"),
    ("Ties have improved since 2016.", "2022-02-18", "past", "2016", "2016"),
    ("They met next Thursday.", "2022-02-18", "future", "next Thursday", "2022-02-24"),
    ("They met last Thursday.", "2022-02-18", "past", "last Thursday", "2022-02-17"),
    ("They met over the weekend.", "2022-02-18", "past", "the weekend", "2022-W06-WE"),
    ("They met over the weekend.", "2022-02-20", "past", "the weekend", "2022-W07-WE"),
]

DURATIONS_AND_SETS: list[Row] = [
    ("The war lasted six years.", "2022-02-18", "past", "six years", "P6Y"),
    ("It ended a six-year standoff.", "2022-02-18", "past", "six-year", "P6Y"),
    ("The first call in 13 years.", "2022-02-18", "past", "13 years", "P13Y"),
    ("It lasted 24 hours.", "2022-02-18", "past", "24 hours", "PT24H"),
    ("It lasted several weeks.", "2022-02-18", "past", "several weeks", "PXW"),
    ("The worst in a decade.", "2022-02-18", "past", "a decade", "P10Y"),
    ("It took two and a half years.", "2022-02-18", "past", "two and a half years", "P2.5Y"),
    (
        "Prices rose over the past three months.",
        "2022-02-18",
        "past",
        "the past three months",
        "P3M",
    ),
    ("It took a fortnight.", "2022-02-18", "past", "a fortnight", "P2W"),
    ("A ten-day truce began.", "2022-02-18", "past", "ten-day", "P10D"),
    ("They have feuded for years.", "2022-02-18", "past", "years", "PXY"),
    ("They have clashed in recent months.", "2022-02-18", "past", "recent months", "PXM"),
    ("They meet every week.", "2022-02-18", "present", "every week", "P1W"),
    ("They meet each year.", "2022-02-18", "present", "each year", "P1Y"),
    ("They meet daily.", "2022-02-18", "present", "daily", "P1D"),
    ("They meet every Monday.", "2022-02-18", "present", "every Monday", "XXXX-WXX-1"),
    ("They meet twice a month.", "2022-02-18", "present", "twice a month", "P1M"),
    ("It is renewed annually.", "2022-02-18", "present", "annually", "P1Y"),
    ("It costs $5 million a year.", "2022-02-18", "present", "a year", "P1Y"),
]

TIMES_AND_REFERENCES: list[Row] = [
    ("They met at 10 a.m.", "2022-02-18", "past", "10 a.m.", "2022-02-18T10:00"),
    ("They met at 3:30 p.m.", "2022-02-18", "past", "3:30 p.m.", "2022-02-18T15:30"),
    ("They met this morning.", "2022-02-18", "past", "this morning", "2022-02-18TMO"),
    ("They met last night.", "2022-02-18", "past", "last night", "2022-02-17TNI"),
    ("They meet tonight.", "2022-02-18", "future", "tonight", "2022-02-18TNI"),
    ("They met yesterday afternoon.", "2022-02-18", "past", "yesterday afternoon", "2022-02-17TAF"),
    ("They met on Thursday night.", "2022-02-18", "past", "Thursday night", "2022-02-17TNI"),
    ("They meet at noon.", "2022-02-18", "future", "noon", "2022-02-18T12:00"),
    ("Talks are now under way.", "2022-02-18", "present", "now", "PRESENT_REF"),
    ("They recently met.", "2022-02-18", "past", "recently", "PAST_REF"),
    ("Several months ago, they met.", "2022-02-18", "past", "Several months ago", "PAST_REF"),
    ("It rose earlier this month.", "2022-02-18", "past", "earlier this month", "2022-02"),
    ("It will rise later this year.", "2022-02-18", "future", "later this year", "2022"),
    ("It ends at the end of the year.", "2022-02-18", "future", "the end of the year", "2022"),
    ("Last month, they spoke on the phone.", "2022-02-18", "past", "Last month", "2022-01"),
    ("They spoke on the phone last month.", "2022-01-10", "past", "last month", "2021-12"),
    ("They met the past week.", "2022-02-18", "past", "the past week", "2022-W06"),
    (
        "On March 3, 2021 they met; the next day they signed.",
        "2022-02-18",
        "past",
        "the next day",
        "2021-03-04",
    ),
    (
        "They met on 3 March 2021 and again the following week.",
        "2022-02-18",
        "past",
        "the following week",
        "2021-W10",
    ),
]

ROWS = (
    WEEKDAYS
    + MONTH_ENDS
    + LEAP_YEARS
    + YEAR_BOUNDARIES
    + ABSOLUTE
    + DURATIONS_AND_SETS
    + TIMES_AND_REFERENCES
)


def test_the_table_has_at_least_a_hundred_rows_and_every_publication_weekday() -> None:
    assert len(ROWS) >= 100
    assert {D(published).isoweekday() for _, published, *_ in ROWS} == set(range(1, 8))


@pytest.mark.parametrize(("sentence", "published", "direction", "text", "value"), ROWS)
def test_expression_normalises_to_timex_value(
    sentence: str, published: str, direction: Direction | None, text: str, value: str
) -> None:
    found = {e.text: e.resolution.value for e in normalise_text(sentence, D(published), direction)}
    assert text in found, f"{text!r} not recognised in {sentence!r}; found {found}"
    assert found[text] == value

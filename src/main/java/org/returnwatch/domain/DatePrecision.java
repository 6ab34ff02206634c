package org.returnwatch.domain;

/** How much of a date is known: a part of a year is its early, middle or late third ("early 2017"). */
public enum DatePrecision {
    DAY, MONTH, SEASON, PART_OF_YEAR, YEAR, SPAN, UNKNOWN
}

package org.returnwatch.domain;

/** How much of a date is known. */
public enum DatePrecision {
    DAY, MONTH, SEASON, YEAR, SPAN, UNKNOWN
}

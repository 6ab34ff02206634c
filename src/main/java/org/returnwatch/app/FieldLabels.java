package org.returnwatch.app;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.util.Map;
import org.returnwatch.domain.RecordKind;

/**
 * The words for every field of every kind of record, as the forms label them: the conflict dialog,
 * the history and the differences use these, so a reader never sees a field's code name.
 */
public final class FieldLabels {
    /** FieldReader with the same meaning, and so the same words, in every kind that has them. */
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("name", key("Name")),
            Map.entry("nativeName", key("Name in native script")),
            Map.entry("title", key("Title")),
            Map.entry("summary", key("Summary")),
            Map.entry("description", key("Description")),
            Map.entry("note", key("Note")),
            Map.entry("country", key("Country")));

    private static final Map<RecordKind, Map<String, String>> BY_KIND = Map.of(
            RecordKind.CASE, Map.ofEntries(
                    Map.entry("aliases", key("Aliases")),
                    Map.entry("pseudonymous", key("Pseudonymous")),
                    Map.entry("role", key("Role / occupation")),
                    Map.entry("originCountry", key("Origin country")),
                    Map.entry("residenceCountry", key("Country of residence")),
                    Map.entry("residenceCity", key("City of residence")),
                    Map.entry("immigrationStatus", key("Immigration status")),
                    Map.entry("targetCategory", key("Target category")),
                    Map.entry("accusation", key("Accusation")),
                    Map.entry("amount", key("Amount")),
                    Map.entry("campaign", key("Campaign")),
                    Map.entry("outcome", key("Outcome")),
                    Map.entry("riskLevel", key("Risk level")),
                    Map.entry("contextual", key("Context record (not itself a coercive return)")),
                    Map.entry("caseKind", key("Kind of case")),
                    Map.entry("nationalities", key("Nationalities")),
                    Map.entry("outcomeHistory", key("Outcome history")),
                    Map.entry("status", key("Status")),
                    Map.entry("closeReason", key("Why closed")),
                    Map.entry("opened", key("Date opened")),
                    Map.entry("holder", key("Held by"))),
            RecordKind.INCIDENT, Map.of(
                    "caseId", key("Case"),
                    "date", key("Date"),
                    "place", key("Place"),
                    "tactic", key("Tactic"),
                    "perpetratorId", key("Perpetrator"),
                    "hostStateRole", key("Host state")),
            RecordKind.AGREEMENT, Map.of(
                    "agreementKind", key("Kind"),
                    "parties", key("Parties"),
                    "disclosure", key("Published or secret"),
                    "statusHistory", key("Status history")),
            RecordKind.SERIES, Map.of(
                    "measure", key("Measure"),
                    "unit", key("Unit"),
                    "countries", key("Countries"),
                    "reportedBy", key("Reported by")),
            RecordKind.DATA_POINT, Map.of(
                    "seriesId", key("Statistic"),
                    "period", key("Period"),
                    "value", key("Value"),
                    "high", key("High (range)"),
                    "qualifier", key("Qualifier"),
                    "claimedBy", key("Claimed by")),
            RecordKind.SOURCE, Map.of(
                    "publisher", key("Publisher"),
                    "author", key("Author"),
                    "published", key("Published"),
                    "url", key("Address (URL)"),
                    "sourceKind", key("Kind"),
                    "reliability", key("Reliability")),
            RecordKind.CITATION, Map.of(
                    "recordKind", key("Kind of record cited for"),
                    "recordId", key("Record"),
                    "field", key("Field"),
                    "sourceId", key("Source"),
                    "locator", key("Where in the source")),
            RecordKind.ACTOR, Map.of(
                    "actorKind", key("Kind")),
            RecordKind.LINK, Map.of(
                    "fromKind", key("Kind of record linked from"),
                    "fromId", key("Linked from"),
                    "toKind", key("Kind of record linked to"),
                    "toId", key("Linked to"),
                    "relation", key("Relation")));

    private FieldLabels() {
    }

    /** The label of {@code field} of a record of {@code kind}; a field with no label shows its own name. */
    public static String of(RecordKind kind, String field) {
        String own = BY_KIND.getOrDefault(kind, Map.of()).get(field);
        return own != null ? lang(own) : lang(COMMON.getOrDefault(field, field));
    }
}

package org.returnwatch.app;

import java.util.Map;
import org.returnwatch.domain.RecordKind;

/**
 * The words for every field of every kind of record, as the forms label them: the conflict dialog,
 * the history and the differences use these, so a reader never sees a field's code name.
 */
public final class FieldLabels {
    /** FieldReader with the same meaning, and so the same words, in every kind that has them. */
    private static final Map<String, String> COMMON = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("nativeName", "Name in native script"),
            Map.entry("title", "Title"),
            Map.entry("summary", "Summary"),
            Map.entry("description", "Description"),
            Map.entry("note", "Note"),
            Map.entry("country", "Country"));

    private static final Map<RecordKind, Map<String, String>> BY_KIND = Map.of(
            RecordKind.CASE, Map.ofEntries(
                    Map.entry("aliases", "Aliases"),
                    Map.entry("pseudonymous", "Pseudonymous"),
                    Map.entry("role", "Role / occupation"),
                    Map.entry("originCountry", "Origin country"),
                    Map.entry("residenceCountry", "Country of residence"),
                    Map.entry("residenceCity", "City of residence"),
                    Map.entry("immigrationStatus", "Immigration status"),
                    Map.entry("targetCategory", "Target category"),
                    Map.entry("accusation", "Accusation"),
                    Map.entry("amount", "Amount"),
                    Map.entry("campaign", "Campaign"),
                    Map.entry("outcome", "Outcome"),
                    Map.entry("riskLevel", "Risk level"),
                    Map.entry("contextual", "Context record (not itself a coercive return)"),
                    Map.entry("caseKind", "Kind of case"),
                    Map.entry("nationalities", "Nationalities"),
                    Map.entry("outcomeHistory", "Outcome history"),
                    Map.entry("status", "Status"),
                    Map.entry("closeReason", "Why closed"),
                    Map.entry("opened", "Date opened"),
                    Map.entry("holder", "Held by")),
            RecordKind.INCIDENT, Map.of(
                    "caseId", "Case",
                    "date", "Date",
                    "place", "Place",
                    "tactic", "Tactic",
                    "perpetratorId", "Perpetrator",
                    "hostStateRole", "Host state"),
            RecordKind.AGREEMENT, Map.of(
                    "agreementKind", "Kind",
                    "parties", "Parties",
                    "disclosure", "Published or secret",
                    "statusHistory", "Status history"),
            RecordKind.SERIES, Map.of(
                    "measure", "Measure",
                    "unit", "Unit",
                    "countries", "Countries",
                    "reportedBy", "Reported by"),
            RecordKind.DATA_POINT, Map.of(
                    "seriesId", "Statistic",
                    "period", "Period",
                    "value", "Value",
                    "high", "High (range)",
                    "qualifier", "Qualifier",
                    "claimedBy", "Claimed by"),
            RecordKind.SOURCE, Map.of(
                    "publisher", "Publisher",
                    "author", "Author",
                    "published", "Published",
                    "url", "Address (URL)",
                    "sourceKind", "Kind",
                    "reliability", "Reliability"),
            RecordKind.CITATION, Map.of(
                    "recordKind", "Kind of record cited for",
                    "recordId", "Record",
                    "field", "Field",
                    "sourceId", "Source",
                    "locator", "Where in the source"),
            RecordKind.ACTOR, Map.of(
                    "actorKind", "Kind"),
            RecordKind.LINK, Map.of(
                    "fromKind", "Kind of record linked from",
                    "fromId", "Linked from",
                    "toKind", "Kind of record linked to",
                    "toId", "Linked to",
                    "relation", "Relation"));

    private FieldLabels() {
    }

    /** The label of {@code field} of a record of {@code kind}; a field with no label shows its own name. */
    public static String of(RecordKind kind, String field) {
        String own = BY_KIND.getOrDefault(kind, Map.of()).get(field);
        return own != null ? own : COMMON.getOrDefault(field, field);
    }
}

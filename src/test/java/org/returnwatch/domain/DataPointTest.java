package org.returnwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A published figure keeps its hedge and shows it. */
class DataPointTest {
    private static DataPoint point(String value, String high, Qualifier q) {
        return new DataPoint(UUID.randomUUID(), null, 0, UUID.randomUUID(), ReportingPeriod.year(2016),
                new BigDecimal(value), high == null ? null : new BigDecimal(high), q, null, null);
    }

    @Test
    void valueTextCarriesTheQualifierAsPublished() {
        assertThat(point("8000", null, Qualifier.MORE_THAN).valueText()).isEqualTo("more than 8,000");
        assertThat(point("39000", null, Qualifier.NEARLY).valueText()).isEqualTo("nearly 39,000");
        assertThat(point("2143", null, Qualifier.APPROXIMATELY).valueText()).isEqualTo("about 2,143");
        assertThat(point("2472", null, Qualifier.EXACT).valueText()).isEqualTo("2,472");
        assertThat(point("300", "800", Qualifier.RANGE).valueText()).isEqualTo("300–800");
    }

    @Test
    void aRangeNeedsAHighValueAndOnlyARangeHasOne() {
        assertThatThrownBy(() -> point("300", null, Qualifier.RANGE)).hasMessageContaining("high value");
        assertThatThrownBy(() -> point("800", "300", Qualifier.RANGE)).hasMessageContaining("high value");
        assertThatThrownBy(() -> point("300", "800", Qualifier.EXACT)).hasMessageContaining("only a range");
    }

    @Test
    void anAgreementsHistoryKeepsTheSourcesOrderAndItsStatusIsTheLastStep() {
        Agreement a = new Agreement(UUID.randomUUID(), null, 0, "Talks", AgreementKind.EXTRADITION_TREATY,
                java.util.List.of(), null, null, java.util.List.of(
                        new StatusChange(AgreementStatus.PROPOSED, FuzzyDate.ofYear(2014), null),
                        new StatusChange(AgreementStatus.NEGOTIATING, FuzzyDate.UNKNOWN, null),
                        new StatusChange(AgreementStatus.ABANDONED, FuzzyDate.ofYear(2020), null)));
        assertThat(a.statusHistory()).extracting(StatusChange::status)
                .containsExactly(AgreementStatus.PROPOSED, AgreementStatus.NEGOTIATING, AgreementStatus.ABANDONED);
        assertThat(a.currentStatus()).contains(AgreementStatus.ABANDONED);
        assertThat(AgreementStatus.SIGNED_NOT_IMPLEMENTED.label()).isEqualTo("signed, never implemented");
        assertThat(AgreementStatus.BREACHED.label()).isEqualTo("breached");
    }

    @Test
    void labelsReadAsWordsAndKeepProperNames() {
        assertThat(AgreementStatus.NOT_RATIFIED.label()).isEqualTo("not ratified");
        assertThat(Campaign.FOX_HUNT.label()).isEqualTo("Fox Hunt");
        assertThat(AgreementKind.LAW_ENFORCEMENT_MOU.label()).isEqualTo("law-enforcement MOU");
    }
}

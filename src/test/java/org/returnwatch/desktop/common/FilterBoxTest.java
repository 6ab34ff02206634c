package org.returnwatch.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A list filter's ticks and the view model's choice follow each other, whichever side changes. */
@ExtendWith(ApplicationExtension.class)
class FilterBoxTest {

    @Test
    void aChoiceMadeElsewhereShowsTickedAndATickReachesTheChoice() throws Exception {
        ObservableList<String> items = FXCollections.observableArrayList();
        ObservableList<String> chosen = FXCollections.observableArrayList();
        AtomicReference<CheckComboBox<String>> box = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            box.set(Controls.filter("Country", items, chosen, s -> s));
            // chosen from a count on the Today screen before the list's choices have been read
            chosen.setAll("Canada");
            items.setAll("Australia", "Canada", "France");
        }).get();
        assertThat(box.get().getCheckModel().getCheckedItems()).containsExactly("Canada");
        assertThat(box.get().getTitle()).isEqualTo("Country: Canada");

        WaitForAsyncUtils.asyncFx(() -> box.get().getCheckModel().check("France")).get();
        assertThat(chosen).containsExactlyInAnyOrder("Canada", "France");

        WaitForAsyncUtils.asyncFx(chosen::clear).get();
        assertThat(box.get().getCheckModel().getCheckedItems()).isEmpty();
        assertThat(box.get().getTitle()).isEqualTo("Country");
    }
}

package org.returnwatch.desktop.history;

import static org.returnwatch.i18n.Localization.lang;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** A record's form and its History, as two tabs; the history is read when its tab is chosen. */
public final class HistoryTabs {
    private HistoryTabs() {
    }

    /**
     * @param idPrefix the screen's prefix for ids ("case", "agreements"): tabs "#case-tabs", "#case-history-tab"
     * @param formName the first tab's name ("Case", "Agreement")
     */
    public static TabPane of(String idPrefix, String formName, Node form, HistoryViewModel history) {
        Tab formTab = new Tab(formName, form);
        formTab.setId(idPrefix + "-form-tab");
        Tab historyTab = new Tab(lang("History"), new HistoryView(history, idPrefix));
        historyTab.setId(idPrefix + "-history-tab");
        TabPane tabs = new TabPane(formTab, historyTab);
        tabs.setId(idPrefix + "-tabs");
        tabs.setAccessibleText(formName);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        history.shownProperty().bind(historyTab.selectedProperty());
        return tabs;
    }
}

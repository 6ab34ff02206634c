package org.returnwatch.desktop.action;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

/**
 * Every user action, declared once: its label, icon and shortcut. Menus, toolbars and context
 * menus are all made from these, so they never disagree.
 */
public enum AppAction {
    NEW_RECORD(key("New"), "mdal-add", "Shortcut+N"),
    SAVE(key("Save"), "mdal-check", "Shortcut+S"),
    CANCEL(key("Cancel changes"), "mdal-close", null),
    /** Esc: cancels unsaved changes (after asking); with none, goes back to the list. */
    ESCAPE(key("Cancel changes or go back"), "mdal-close", "Esc"),
    DUPLICATE(key("Duplicate"), "mdal-content_copy", "Shortcut+D"),
    DELETE(key("Delete"), "mdal-delete", "Delete"),
    /** Brings back the record deleted last, or the one merged into another last. */
    UNDO_DELETE(key("Undo delete or merge"), "mdrmz-undo", "Shortcut+Z"),
    LINK(key("Link to…"), "mdal-link", "Shortcut+L"),
    FIND(key("Find"), "mdrmz-search", "Shortcut+F"),
    BACK(key("Back to list"), "mdal-arrow_back", "Alt+Left"),
    REFRESH(key("Refresh"), "mdrmz-refresh", "F5"),
    /** The pairs of cases or actors that may be one person. */
    SHOW_DUPLICATES(key("Possible duplicates"), "mdmz-people_outline", null),
    /** Another window on the same open database, e.g. to compare two cases side by side. */
    NEW_WINDOW(key("New window"), "mdmz-open_in_new", "Shortcut+Shift+N"),
    /** The language of the window (English, simplified or traditional Chinese). */
    LANGUAGE(key("Language…"), "mdmz-translate", null),
    NEW_DATABASE(key("New database…"), "mdal-create_new_folder", null),
    OPEN_DATABASE(key("Open database…"), "mdal-folder_open", "Shortcut+O"),
    IMPORT(key("Import…"), "mdal-get_app", "Shortcut+I"),
    IMPORT_FOLDER(key("Import CSV folder…"), "mdal-folder_open", null),
    EXPORT(key("Export…"), "mdal-file_upload", "Shortcut+E"),
    /** The open case as a PDF, with a preview first. */
    PRINT_DOSSIER(key("Print case dossier…"), "mdmz-print", "Shortcut+P"),
    /** The cases the case list shows (search and filters) as a PDF table, with a preview first. */
    PRINT_LIST_REPORT(key("Print list report…"), "mdal-list_alt", "Shortcut+Shift+P"),
    BACKUP(key("Back up…"), "mdal-backup", null),
    RESTORE(key("Restore from backup…"), "mdrmz-restore", null),
    CHANGE_PASSPHRASE(key("Change passphrase…"), "mdmz-vpn_key", null),
    LOCK(key("Lock"), "mdal-lock", "Shortcut+Shift+L"),
    LOCK_WHEN_IDLE(key("Lock when idle…"), "mdal-access_time", null),
    QUIT(key("Quit"), "mdal-exit_to_app", "Shortcut+Q"),
    ABOUT(key("About ReturnWatch"), "mdal-info", "F1");

    private final String label;
    private final String icon;
    private final String shortcut;

    AppAction(String label, String icon, String shortcut) {
        this.label = label;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String label() {
        return lang(label);
    }

    /** An Ikonli Material 2 icon code. */
    public String icon() {
        return icon;
    }

    /** The shortcut in KeyCombination form ("Shortcut+S"), or null. */
    public String shortcut() {
        return shortcut;
    }
}

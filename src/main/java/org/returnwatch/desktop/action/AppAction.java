package org.returnwatch.desktop.action;

/**
 * Every user action, declared once: its label, icon and shortcut. Menus, toolbars and context
 * menus are all made from these, so they never disagree.
 */
public enum AppAction {
    NEW_RECORD("New", "mdal-add", "Shortcut+N"),
    SAVE("Save", "mdal-check", "Shortcut+S"),
    CANCEL("Cancel changes", "mdal-close", null),
    /** Esc: cancels unsaved changes (after asking); with none, goes back to the list. */
    ESCAPE("Cancel changes or go back", "mdal-close", "Esc"),
    DUPLICATE("Duplicate", "mdal-content_copy", "Shortcut+D"),
    DELETE("Delete", "mdal-delete", "Delete"),
    /** Brings back the record deleted last, or the one merged into another last. */
    UNDO_DELETE("Undo delete or merge", "mdrmz-undo", "Shortcut+Z"),
    LINK("Link to…", "mdal-link", "Shortcut+L"),
    FIND("Find", "mdrmz-search", "Shortcut+F"),
    BACK("Back to list", "mdal-arrow_back", "Alt+Left"),
    REFRESH("Refresh", "mdrmz-refresh", "F5"),
    /** The pairs of cases or actors that may be one person. */
    SHOW_DUPLICATES("Possible duplicates", "mdmz-people_outline", null),
    /** Another window on the same open database, e.g. to compare two cases side by side. */
    NEW_WINDOW("New window", "mdmz-open_in_new", "Shortcut+Shift+N"),
    NEW_DATABASE("New database…", "mdal-create_new_folder", null),
    OPEN_DATABASE("Open database…", "mdal-folder_open", "Shortcut+O"),
    IMPORT("Import…", "mdal-get_app", "Shortcut+I"),
    IMPORT_FOLDER("Import CSV folder…", "mdal-folder_open", null),
    EXPORT("Export…", "mdal-file_upload", "Shortcut+E"),
    /** The open case as a PDF, with a preview first. */
    PRINT_DOSSIER("Print case dossier…", "mdmz-print", "Shortcut+P"),
    BACKUP("Back up…", "mdal-backup", null),
    RESTORE("Restore from backup…", "mdrmz-restore", null),
    CHANGE_PASSPHRASE("Change passphrase…", "mdmz-vpn_key", null),
    LOCK("Lock", "mdal-lock", "Shortcut+Shift+L"),
    LOCK_WHEN_IDLE("Lock when idle…", "mdal-access_time", null),
    QUIT("Quit", "mdal-exit_to_app", "Shortcut+Q"),
    ABOUT("About ReturnWatch", "mdal-info", "F1");

    private final String label;
    private final String icon;
    private final String shortcut;

    AppAction(String label, String icon, String shortcut) {
        this.label = label;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String label() {
        return label;
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

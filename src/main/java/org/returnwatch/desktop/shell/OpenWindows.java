package org.returnwatch.desktop.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The windows open on one session, by their view models. Lock, Quit and switching databases act
 * on all of them, so each is first asked about its unsaved changes, in the order they were opened.
 */
public final class OpenWindows {
    private final List<MainViewModel> windows = new ArrayList<>();

    public void add(MainViewModel window) {
        windows.add(window);
        window.setLeaveAll(this::leaveAll);
        window.setUnsavedAll(this::unsaved);
    }

    /** The unsaved edits of every window, in the order they were opened. */
    public List<Unsaved> unsaved() {
        return windows.stream().flatMap(w -> w.unsaved().stream()).toList();
    }

    /** A window closed: it forgets its records and is no longer asked. */
    public void remove(MainViewModel window) {
        windows.remove(window);
        window.dispose();
    }

    public int size() {
        return windows.size();
    }

    /** Asks every window in turn; {@code proceed} runs once all may be left, not at all if one says Stay. */
    public void leaveAll(Runnable proceed) {
        leave(List.copyOf(windows), 0, proceed);
    }

    private static void leave(List<MainViewModel> ws, int i, Runnable proceed) {
        if (i == ws.size()) {
            proceed.run();
        } else {
            ws.get(i).screen().leave(() -> leave(ws, i + 1, proceed));
        }
    }
}

package org.returnwatch.app;

import org.returnwatch.store.Store;

/**
 * Workspaces on the real encrypted databases the store's tests make, and the store behind one, so
 * that tests of the window can check what was written without going through what they test.
 */
public final class TestWorkspaces {
    private TestWorkspaces() {
    }

    public static Workspace of(Store store) {
        return new Workspace(store);
    }

    public static Store store(Workspace workspace) {
        return workspace.store();
    }
}

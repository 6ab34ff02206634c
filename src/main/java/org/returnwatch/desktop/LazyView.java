package org.returnwatch.desktop;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A screen's place in the window, its view built the first time it is on show in an unlocked window:
 * the passphrase screen comes up without building (and loading the classes of) every screen behind it,
 * and a screen never opened is never built.
 */
final class LazyView extends StackPane {
    private final Supplier<Node> build;
    private final ObservableBooleanValue unlocked;
    private final ChangeListener<Boolean> onUnlock = (o, was, now) -> buildIfShown();
    private Node view;

    LazyView(Supplier<Node> build, ObservableBooleanValue unlocked) {
        this.build = build;
        this.unlocked = unlocked;
        // follows the unlock only while in a window: a place put aside on a lock is not kept alive by it
        sceneProperty().addListener((o, was, now) -> {
            unlocked.removeListener(onUnlock);
            if (now != null && view == null) {
                unlocked.addListener(onUnlock);
                buildIfShown();
            }
        });
    }

    private void buildIfShown() {
        if (view == null && getScene() != null && unlocked.get()) {
            unlocked.removeListener(onUnlock);
            view();
        }
    }

    /** The view, built now if it was not yet. */
    Node view() {
        if (view == null) {
            view = build.get();
            getChildren().setAll(view);
        }
        return view;
    }
}

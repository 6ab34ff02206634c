package org.returnwatch.desktop;

import java.util.function.Supplier;
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
    private Node view;

    LazyView(Supplier<Node> build, ObservableBooleanValue unlocked) {
        this.build = build;
        sceneProperty().addListener((o, was, now) -> buildIfShown(unlocked));
        unlocked.addListener((o, was, now) -> buildIfShown(unlocked));
    }

    private void buildIfShown(ObservableBooleanValue unlocked) {
        if (view == null && getScene() != null && unlocked.get()) {
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
